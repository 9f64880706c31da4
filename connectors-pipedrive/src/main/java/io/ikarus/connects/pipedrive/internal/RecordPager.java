package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.QueryEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a portable query as list pages: v2 with {@code cursor}, v1 (leads, notes) with {@code
 * start}; the server narrows by {@link ListParams}, and every filter is checked again on the
 * records received (filters on other fields are answered here, exactly). Pages hold at most the
 * query's page size (default 100, max 500); a page is fetched only when asked for.
 */
public final class RecordPager {

  private final ApiCalls calls;
  private final RecordReader reader;

  /** A pager. */
  public RecordPager(ApiCalls calls, RecordReader reader) {
    this.calls = calls;
    this.reader = reader;
  }

  /** The first page of {@code query}. */
  public CompletableFuture<Page> first(Query query, ErrorContext context) {
    Entity entity = Entity.of(query.object(), context);
    Map<String, Object> params = ListParams.of(entity, query, context);
    int size = Math.min(500, query.pageSize().orElse(100));
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    return page(query, entity, params, size, null, limit);
  }

  private CompletableFuture<Page> page(
      Query query, Entity entity, Map<String, Object> params, int size, String next, int left) {
    ApiRequest.Builder b =
        ApiRequest.get(entity.collection())
            .operation("query")
            .query("limit", Math.min(size, Math.max(1, left)));
    params.forEach(b::query);
    if (next != null) {
      b.query(entity.v2() ? "cursor" : "start", next);
    }
    return calls
        .execute(Costs.charged(b, Costs.list(entity.v2())))
        .thenCompose(r -> reader.list(query.object(), entity, r.json(Dtos.ListEnvelope.class)))
        .thenApply(
            listed -> {
              List<CrmRecord> kept = new ArrayList<>();
              for (CrmRecord rec : listed.records()) {
                if (kept.size() < left && QueryEvaluator.matches(query, rec)) {
                  kept.add(rec);
                }
              }
              int remaining = left - kept.size();
              String following = listed.next();
              List<CrmRecord> shown =
                  QueryEvaluator.arrange(
                      Query.of(query.object()).fields(query.fields().toArray(String[]::new)), kept);
              return following == null || remaining <= 0
                  ? Page.last(shown)
                  : Page.of(shown, () -> page(query, entity, params, size, following, remaining));
            });
  }
}
