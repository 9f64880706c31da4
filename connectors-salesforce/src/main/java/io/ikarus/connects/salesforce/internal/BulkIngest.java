package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.OutcomeUnknownException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.salesforce.internal.dto.JobInfo;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.Async;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Bulk API 2.0 ingest job: create it, upload the CSV, mark it {@code UploadComplete}
 * (without which Salesforce never starts), poll until it is final, then read the successful and
 * failed results and match them back to input order ({@link BulkResultMatcher}). A results file the
 * job's counts show to be empty (no failures, or no successes) is not requested. Inputs the job
 * never reported on fail with the job's error message. If the upload fails the job is aborted.
 */
public final class BulkIngest {

  private static final Logger LOG = LoggerFactory.getLogger(BulkIngest.class);

  private final ApiCalls calls;
  private final JobPoller poller;

  /** Sends through {@code calls} and waits with {@code poller}. */
  public BulkIngest(ApiCalls calls, JobPoller poller) {
    this.calls = calls;
    this.poller = poller;
  }

  /**
   * Runs the job.
   *
   * @param operation Salesforce's name: {@code insert}, {@code update}, {@code upsert}, {@code
   *     delete}
   * @param keyField the external id field for an upsert, else null
   * @param op the SDK operation name for errors and events, such as {@code createAll}
   * @return one result per uploaded row of {@code plan}, by input index
   */
  public CompletableFuture<Map<Integer, RecordResult>> run(
      String object, String operation, String keyField, IngestPlan plan, String op) {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("object", object);
    job.put("operation", operation);
    if (keyField != null) {
      job.put("externalIdFieldName", keyField);
    }
    job.put("contentType", "CSV");
    job.put("lineEnding", "LF");
    job.put("columnDelimiter", "COMMA");
    return calls
        .execute(ApiRequest.post("jobs/ingest").operation(op).json(job).build())
        .thenCompose(created -> load(created.json(JobInfo.class).id(), plan, op))
        .thenCompose(id -> poller.await("ingest", id, op))
        .thenCompose(done -> results(done, plan, keyField != null, op));
  }

  private CompletableFuture<String> load(String id, IngestPlan plan, String op) {
    ApiRequest upload =
        ApiRequest.put("jobs/ingest/" + id + "/batches")
            .operation(op)
            .idempotent(false)
            .body(plan.csv(plan.rows()), "text/csv")
            .build();
    ApiRequest close =
        ApiRequest.patch("jobs/ingest/" + id)
            .operation(op)
            .json(Map.of("state", "UploadComplete"))
            .build();
    ErrorContext context = ErrorContext.of(SalesforceNames.CONNECTOR, op);
    return calls
        .execute(upload)
        .handle(
            (uploaded, failure) ->
                failure == null
                    ? calls.execute(close).handle((closed, e) -> e)
                    : CompletableFuture.<Throwable>completedFuture(
                        notApplied(Async.crmException(failure, context), context)))
        .thenCompose(f -> f)
        .thenCompose(
            failure -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(id);
              }
              CrmException error =
                  failure instanceof CrmException c ? c : Async.crmException(failure, context);
              // the operation ends once the abort was answered, so a retry never races the old job
              return abort(id, op)
                  .<String>thenApply(
                      ignored -> {
                        throw error;
                      });
            });
  }

  /**
   * A job whose upload failed is never closed, so Salesforce processes none of it: a lost upload
   * answer is a plain retryable failure, not an unknown outcome.
   */
  private static CrmException notApplied(CrmException failure, ErrorContext context) {
    if (failure instanceof OutcomeUnknownException) {
      return new ConnectionException(
          "bulk upload failed; the job was not closed, so no record was applied", context, failure);
    }
    return failure;
  }

  /**
   * Aborts the job; completes (never exceptionally) once Salesforce answered or the call failed.
   */
  private CompletableFuture<Void> abort(String id, String op) {
    ApiRequest abort =
        ApiRequest.patch("jobs/ingest/" + id)
            .operation(op)
            .json(Map.of("state", "Aborted"))
            .build();
    return calls
        .execute(abort)
        .handle(
            (r, e) -> {
              if (e != null) {
                LOG.warn("could not abort bulk job {} after a failed upload", id);
              }
              return null;
            });
  }

  private CompletableFuture<Map<Integer, RecordResult>> results(
      JobInfo job, IngestPlan plan, boolean upsert, String op) {
    ErrorContext context = ErrorContext.of(SalesforceNames.CONNECTOR, op);
    BulkResultMatcher matcher = new BulkResultMatcher(plan.header(), plan.rows(), context, upsert);
    String base = "jobs/ingest/" + job.id() + "/";
    boolean anyFailed = job.numberRecordsFailed() > 0 || !job.isComplete();
    boolean anySucceeded = job.numberRecordsProcessed() > job.numberRecordsFailed();
    return optionalCsv(anySucceeded, base + "successfulResults/", op)
        .thenCompose(
            ok -> {
              matcher.successes(ok);
              return optionalCsv(anyFailed, base + "failedResults/", op);
            })
        .thenApply(
            failed -> {
              matcher.failures(failed);
              if (matcher.unattributed() > 0) {
                LOG.warn(
                    "bulk job {}: {} result rows matched no uploaded row",
                    job.id(),
                    matcher.unattributed());
              }
              return complete(matcher.results(), plan, job, context);
            });
  }

  /** A results file, or an empty one without a call when the job's counts say it has no rows. */
  private CompletableFuture<String> optionalCsv(boolean needed, String path, String op) {
    return needed
        ? csv(path, op).thenApply(ApiResponse::bodyString)
        : CompletableFuture.completedFuture("");
  }

  private CompletableFuture<ApiResponse> csv(String path, String op) {
    return calls.execute(ApiRequest.get(path).operation(op).header("Accept", "text/csv").build());
  }

  /** Fills in every uploaded row the job did not report on. */
  private static Map<Integer, RecordResult> complete(
      Map<Integer, RecordResult> matched, IngestPlan plan, JobInfo job, ErrorContext context) {
    Map<Integer, RecordResult> out = new LinkedHashMap<>(matched);
    String why =
        job.isComplete()
            ? "the bulk job " + job.id() + " did not process this record"
            : "the bulk job " + job.id() + " ended " + job.state() + ": " + job.errorMessage();
    List<IngestPlan.Row> missing = new ArrayList<>();
    for (IngestPlan.Row row : plan.rows()) {
      if (!out.containsKey(row.index())) {
        missing.add(row);
        out.put(row.index(), RecordResult.failure(row.index(), new ServerException(why, context)));
      }
    }
    if (!missing.isEmpty()) {
      LOG.warn("bulk job {}: {} records not processed ({})", job.id(), missing.size(), job.state());
    }
    return out;
  }
}
