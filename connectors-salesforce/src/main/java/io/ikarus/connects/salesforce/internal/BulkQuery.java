package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A Bulk API 2.0 query: creates the job, waits for {@code JobComplete}, then reads the CSV results
 * one set at a time with {@code maxRecords} and the {@code Sforce-Locator} of the previous set (the
 * literal {@code "null"} after the last). Each set becomes one {@link Page}; nothing is read before
 * {@link Page#next()} asks, so memory holds one set however large the result.
 *
 * <p>Bulk CSV has no types: values are strings, and an empty cell is null (Salesforce stores no
 * empty strings).
 */
public final class BulkQuery {

  private final ApiCalls calls;
  private final JobPoller poller;

  /** Sends through {@code calls} and waits with {@code poller}. */
  public BulkQuery(ApiCalls calls, JobPoller poller) {
    this.calls = calls;
    this.poller = poller;
  }

  /**
   * Runs {@code soql} and returns the first set of rows.
   *
   * @param object the object the rows are of
   * @param all true for {@code queryAll} (deleted and archived rows too)
   * @param pageSize the {@code maxRecords} of each set
   */
  public CompletableFuture<Page> start(String object, String soql, boolean all, int pageSize) {
    Map<String, Object> job = Map.of("operation", all ? "queryAll" : "query", "query", soql);
    return calls
        .execute(ApiRequest.post("jobs/query").operation("bulkQuery").json(job).build())
        .thenApply(
            created -> created.json(io.ikarus.connects.salesforce.internal.dto.JobInfo.class))
        .thenCompose(job1 -> poller.await("query", job1.id(), "bulkQuery"))
        .thenCompose(
            done -> {
              if (!done.isComplete()) {
                throw new ServerException(
                    "bulk query job "
                        + done.id()
                        + " ended "
                        + done.state()
                        + ": "
                        + done.errorMessage(),
                    io.ikarus.connects.error.ErrorContext.of(
                        SalesforceNames.CONNECTOR, "bulkQuery"));
              }
              return page(object, done.id(), null, pageSize);
            });
  }

  private CompletableFuture<Page> page(String object, String jobId, String locator, int pageSize) {
    ApiRequest request =
        ApiRequest.get("jobs/query/" + jobId + "/results")
            .operation("bulkQuery")
            .header("Accept", "text/csv")
            .query("maxRecords", pageSize)
            .query("locator", locator)
            .build();
    return calls
        .execute(request)
        .thenApply(
            response -> {
              List<CrmRecord> records = records(object, response);
              String next = response.header("Sforce-Locator");
              if (next == null || next.isEmpty() || next.equals("null")) {
                return Page.last(records);
              }
              return Page.of(records, () -> page(object, jobId, next, pageSize));
            });
  }

  static List<CrmRecord> records(String object, ApiResponse response) {
    CsvReader reader = new CsvReader(response.bodyString());
    try {
      List<String> header = reader.next();
      List<CrmRecord> records = new ArrayList<>();
      if (header == null) {
        return records;
      }
      for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          String cell = i < cells.size() ? cells.get(i) : "";
          row.put(header.get(i), cell.isEmpty() ? null : cell);
        }
        records.add(RecordMapper.toRecord(object, row));
      }
      return records;
    } catch (IllegalArgumentException e) {
      throw new ServerException(e.getMessage(), response.errorContext());
    }
  }
}
