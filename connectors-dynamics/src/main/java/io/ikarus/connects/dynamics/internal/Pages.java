package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Turns Web API collection responses into {@link Page}s that follow {@code @odata.nextLink}
 * verbatim, with the same {@code odata.maxpagesize} preference, and stop at a client-side limit.
 */
public final class Pages {

  private final ApiCalls calls;

  public Pages(ApiCalls calls) {
    this.calls = calls;
  }

  /** Runs {@code plan}'s first request and returns its page. */
  public CompletableFuture<Page> first(EntityInfo info, QueryPlan plan) {
    ApiRequest.Builder b = ApiRequest.get(plan.entitySet()).operation("query");
    plan.params().forEach(b::query);
    preferPageSize(b, plan.maxPageSize());
    return calls.execute(b.build()).thenApply(r -> page(info, plan, r, plan.limit()));
  }

  /**
   * Runs a raw query: {@code options} such as {@code $select=name&$filter=name eq 'x'}, split at
   * the {@code &} outside quotes and sent as encoded query parameters.
   */
  public CompletableFuture<Page> raw(EntityInfo info, String options) {
    ApiRequest.Builder b = ApiRequest.get(info.entitySetName()).operation("query");
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i <= options.length(); i++) {
      char c = i < options.length() ? options.charAt(i) : '&';
      quoted ^= c == '\'';
      if (c == '&' && !quoted) {
        String pair = options.substring(start, i);
        int eq = pair.indexOf('=');
        if (!pair.isBlank()) {
          b.query(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        start = i + 1;
      }
    }
    QueryPlan plan = new QueryPlan(info.entitySetName(), java.util.Map.of(), 0, 0);
    return calls.execute(b.build()).thenApply(r -> page(info, plan, r, 0));
  }

  private CompletableFuture<Page> next(EntityInfo info, QueryPlan plan, String link, int left) {
    ApiRequest.Builder b = ApiRequest.builder("GET").url(link).operation("query");
    preferPageSize(b, plan.maxPageSize());
    return calls.execute(b.build()).thenApply(r -> page(info, plan, r, left));
  }

  private Page page(EntityInfo info, QueryPlan plan, ApiResponse r, int left) {
    Map<String, Object> body = r.jsonObject();
    List<CrmRecord> records = new ArrayList<>();
    if (!(r.required(body, "value") instanceof List<?> rows)
        || !rows.stream().allMatch(Map.class::isInstance)) {
      throw new MalformedResponseException(
          "the member 'value' is not an array of objects", r.errorContext(), null);
    }
    for (Object row : rows) {
      if (plan.limit() > 0 && records.size() >= left) {
        break;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) row;
      records.add(RecordMapper.toRecord(info, m));
    }
    Object link = body.get("@odata.nextLink");
    int remaining = plan.limit() > 0 ? left - records.size() : 0;
    boolean more = link != null && (plan.limit() == 0 || remaining > 0);
    return more
        ? Page.of(records, () -> next(info, plan, link.toString(), remaining))
        : Page.last(records);
  }

  static void preferPageSize(ApiRequest.Builder b, int maxPageSize) {
    if (maxPageSize > 0) {
      b.header("Prefer", "odata.maxpagesize=" + maxPageSize);
    }
  }
}
