package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.Async;
import io.ikarus.connects.spi.BulkOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Bulk API 2.0 side of the connector: whole batches as ingest jobs (one job per 100 MB of CSV,
 * Salesforce's upload limit after base64 growth), and query jobs read set by set.
 */
public final class Bulk implements BulkOperations {

  /** The rows per result set of a bulk query unless the caller says otherwise. */
  public static final int DEFAULT_QUERY_PAGE = 10_000;

  /** The most CSV characters one ingest job uploads. */
  static final long MAX_JOB_CHARS = 100_000_000L;

  private final int threshold;
  private final BulkIngest ingest;
  private final BulkQuery query;

  /**
   * Creates the bulk side.
   *
   * @param threshold batches of more than this many records run as ingest jobs
   * @param pollInterval the first wait before polling a job (doubling up to 30 times it)
   * @param timeout how long a job may run
   */
  public Bulk(ApiCalls calls, int threshold, Duration pollInterval, Duration timeout) {
    this.threshold = threshold;
    JobPoller poller = new JobPoller(calls, pollInterval, pollInterval.multipliedBy(30), timeout);
    this.ingest = new BulkIngest(calls, poller);
    this.query = new BulkQuery(calls, poller);
  }

  @Override
  public boolean takes(int size) {
    return size > threshold;
  }

  /** Inserts {@code records}; one result per input, in input order. */
  @Override
  public CompletableFuture<List<RecordResult>> createAll(
      String object, List<Map<String, Object>> records) {
    return run(object, "insert", null, IngestPlan.of(records, null, "createAll"), "createAll");
  }

  /** Updates {@code records} by id. */
  @Override
  public CompletableFuture<List<RecordResult>> updateAll(String object, List<CrmRecord> records) {
    return run(object, "update", null, IngestPlan.ofUpdates(records, "updateAll"), "updateAll");
  }

  /** Upserts {@code records} by {@code keyField}; results say whether each was created. */
  @Override
  public CompletableFuture<List<RecordResult>> upsertAll(
      String object, String keyField, List<Map<String, Object>> records) {
    Identifiers.field(keyField, "upsertAll");
    IngestPlan plan = IngestPlan.of(records, keyField, "upsertAll");
    return run(object, "upsert", keyField, plan, "upsertAll");
  }

  /** Deletes {@code ids}. */
  @Override
  public CompletableFuture<List<RecordResult>> deleteAll(String object, List<String> ids) {
    return run(object, "delete", null, IngestPlan.ofDeletes(ids, "deleteAll"), "deleteAll");
  }

  /** Runs a query job; see {@link BulkQuery#start}. */
  public CompletableFuture<Page> query(String object, String soql, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
    }
    return query.start(object, soql, false, pageSize);
  }

  private CompletableFuture<List<RecordResult>> run(
      String object, String operation, String keyField, IngestPlan plan, String op) {
    Identifiers.object(object, op);
    int size = plan.rows().size() + plan.rejected().size();
    RecordResult[] results = new RecordResult[size];
    plan.rejected().forEach((i, e) -> results[i] = RecordResult.failure(i, e));
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (List<IngestPlan.Row> part : parts(plan.rows(), MAX_JOB_CHARS)) {
      IngestPlan slice = plan.slice(part);
      chain =
          chain
              .thenCompose(v -> ingest.run(object, operation, keyField, slice, op))
              .handle(
                  (done, failure) -> {
                    if (failure == null) {
                      done.forEach((i, r) -> results[i] = r);
                    } else {
                      failAll(
                          part,
                          Async.crmException(
                              failure, ErrorContext.of(SalesforceNames.CONNECTOR, op)),
                          results);
                    }
                    return null;
                  });
    }
    return chain.thenApply(v -> List.of(results));
  }

  /** A job that failed as a whole fails each of its records, and the other jobs still run. */
  private static void failAll(
      List<IngestPlan.Row> part, CrmException error, RecordResult[] results) {
    for (IngestPlan.Row row : part) {
      results[row.index()] = RecordResult.failure(row.index(), error);
    }
  }

  /**
   * Splits rows so that no job uploads more than {@code maxChars} of CSV (a row is counted as if
   * every cell needed quoting with every character doubled, so the estimate is never short).
   */
  static List<List<IngestPlan.Row>> parts(List<IngestPlan.Row> rows, long maxChars) {
    List<List<IngestPlan.Row>> parts = new ArrayList<>();
    List<IngestPlan.Row> current = new ArrayList<>();
    long chars = 0;
    for (IngestPlan.Row row : rows) {
      long rowChars = 0;
      for (String cell : row.cells()) {
        rowChars += cell.length() * 2L + 3;
      }
      if (!current.isEmpty() && chars + rowChars > maxChars) {
        parts.add(current);
        current = new ArrayList<>();
        chars = 0;
      }
      current.add(row);
      chars += rowChars;
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }
}
