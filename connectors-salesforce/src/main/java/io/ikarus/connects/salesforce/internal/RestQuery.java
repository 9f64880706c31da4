package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.salesforce.internal.dto.QueryResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * SOQL over the REST query resource: {@code GET query?q=} (or {@code queryAll} for deleted and
 * archived rows too), then {@code nextRecordsUrl} page by page. A page size is asked for with
 * {@code Sforce-Query-Options: batchSize=N} (Salesforce accepts 200 to 2,000 and may return fewer).
 */
public final class RestQuery {

  /** Salesforce's smallest and largest query batch sizes. */
  public static final int MIN_BATCH = 200;

  /** The largest query batch size, also the default. */
  public static final int MAX_BATCH = 2000;

  private final ApiCalls calls;

  /** Sends through {@code calls}. */
  public RestQuery(ApiCalls calls) {
    this.calls = calls;
  }

  /** Runs {@code soql} and returns its first page of raw results. */
  public CompletableFuture<QueryResult> first(String soql, boolean all, int batchSize, String op) {
    ApiRequest request =
        ApiRequest.get(all ? "queryAll" : "query")
            .operation(op)
            .query("q", soql)
            .header("Sforce-Query-Options", "batchSize=" + clamp(batchSize))
            .build();
    return calls.execute(request).thenApply(RestQuery::read);
  }

  /** Fetches the page at {@code nextRecordsUrl}. */
  public CompletableFuture<QueryResult> next(String nextRecordsUrl, int batchSize, String op) {
    ApiRequest request =
        ApiRequest.get("query")
            .url(nextRecordsUrl)
            .operation(op)
            .header("Sforce-Query-Options", "batchSize=" + clamp(batchSize))
            .build();
    return calls.execute(request).thenApply(RestQuery::read);
  }

  /**
   * A query answer: {@code done} and {@code records} always, {@code nextRecordsUrl} unless done. A
   * body missing them is malformed, never read as an empty last page.
   */
  @SuppressWarnings("unchecked")
  static QueryResult read(ApiResponse r) {
    Map<String, Object> body = r.jsonObject();
    if (!(r.required(body, "done") instanceof Boolean done)) {
      throw new MalformedResponseException(
          "the member 'done' is not a boolean", r.errorContext(), null);
    }
    if (!(r.required(body, "records") instanceof List<?> records)
        || !records.stream().allMatch(Map.class::isInstance)) {
      throw new MalformedResponseException(
          "the member 'records' is not an array of objects", r.errorContext(), null);
    }
    String next = done ? null : r.required(body, "nextRecordsUrl").toString();
    long total = body.get("totalSize") instanceof Number n ? n.longValue() : records.size();
    return new QueryResult(total, done, next, (List<Map<String, Object>>) records);
  }

  /**
   * Runs {@code soql} and returns its pages as records of {@code object}, each of at most {@code
   * pageSize} records. Salesforce serves at least 200 rows a page; a smaller page size is honoured
   * by handing out each server page in slices, so memory still holds one server page.
   */
  public CompletableFuture<Page> pages(String object, String soql, boolean all, int pageSize) {
    return first(soql, all, pageSize, "query").thenApply(r -> page(object, r, pageSize));
  }

  private Page page(String object, QueryResult result, int pageSize) {
    List<CrmRecord> records = RecordMapper.toRecords(object, result.records());
    String next = result.done() ? null : result.nextRecordsUrl();
    Supplier<CompletableFuture<Page>> fetch =
        next == null
            ? null
            : () -> next(next, pageSize, "query").thenApply(r -> page(object, r, pageSize));
    return slice(records, 0, pageSize, fetch);
  }

  private static Page slice(
      List<CrmRecord> records, int from, int size, Supplier<CompletableFuture<Page>> fetch) {
    int to = Math.min(records.size(), from + size);
    List<CrmRecord> part = records.subList(from, to);
    if (to < records.size()) {
      return Page.of(
          part, () -> CompletableFuture.completedFuture(slice(records, to, size, fetch)));
    }
    return fetch == null ? Page.last(part) : Page.of(part, fetch);
  }

  private static int clamp(int batchSize) {
    return Math.max(MIN_BATCH, Math.min(MAX_BATCH, batchSize));
  }
}
