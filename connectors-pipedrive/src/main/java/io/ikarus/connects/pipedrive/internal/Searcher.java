package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.QueryEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The v2 search API ({@code GET /api/v2/{entity}/search?term&fields&exact_match}, cost 20, its own
 * 10-per-2-s window): exact-match lookups of ids for upserts, and query pages whose hits are read
 * in full (one {@code ids=} list call per page; one GET per lead) and then checked against every
 * filter, because search matches case-insensitively.
 */
public final class Searcher {

  private final ApiCalls calls;
  private final RecordReader reader;

  /** A searcher. */
  public Searcher(ApiCalls calls, RecordReader reader) {
    this.calls = calls;
    this.reader = reader;
  }

  /**
   * The ids of up to {@code limit} records whose {@code searchField} equals {@code term} (Pipedrive
   * compares case-insensitively).
   */
  public CompletableFuture<List<String>> exactIds(
      Entity entity, String searchField, String term, int limit, String cursor) {
    return hits(entity, searchField, term, limit, cursor).thenApply(SearchPage::ids);
  }

  /** A query page from search hits; {@code filter} is the EQ filter searched for. */
  public CompletableFuture<Page> page(
      Query query,
      Entity entity,
      String searchField,
      Query.Filter filter,
      int size,
      String cursor) {
    return hits(entity, searchField, String.valueOf(filter.value()), Math.min(size, 100), cursor)
        .thenCompose(
            hits ->
                hydrate(query.object(), entity, hits.ids())
                    .thenApply(
                        records -> {
                          List<CrmRecord> kept =
                              records.stream()
                                  .filter(r -> QueryEvaluator.matches(query, r))
                                  .toList();
                          return hits.next() == null
                              ? Page.last(kept)
                              : Page.of(
                                  kept,
                                  () ->
                                      page(query, entity, searchField, filter, size, hits.next()));
                        }));
  }

  private record SearchPage(List<String> ids, String next) {}

  private CompletableFuture<SearchPage> hits(
      Entity entity, String searchField, String term, int limit, String cursor) {
    ApiRequest.Builder b =
        ApiRequest.get(entity.searchEndpoint())
            .operation("search")
            .query("term", term)
            .query("fields", searchField)
            .query("exact_match", "true")
            .query("limit", limit)
            .cost("search", 1);
    if (cursor != null) {
      b.query("cursor", cursor);
    }
    return calls
        .execute(Costs.charged(b, Costs.search()))
        .thenApply(
            r -> {
              Dtos.SearchEnvelope env = r.json(Dtos.SearchEnvelope.class);
              List<String> ids = new ArrayList<>();
              if (env.data() != null && env.data().items() != null) {
                env.data().items().forEach(h -> ids.add(String.valueOf(h.item().get("id"))));
              }
              return new SearchPage(ids, Paging.next(env.additionalData()));
            });
  }

  private CompletableFuture<List<CrmRecord>> hydrate(
      String object, Entity entity, List<String> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    if (!entity.v2()) {
      List<CompletableFuture<CrmRecord>> each = new ArrayList<>();
      ids.forEach(id -> each.add(one(object, entity, id)));
      return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
          .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
    }
    ApiRequest.Builder request =
        ApiRequest.get(entity.collection())
            .operation("query")
            .query("ids", String.join(",", ids))
            .query("limit", 100);
    return calls
        .execute(Costs.charged(request, Costs.list(true)))
        .thenCompose(r -> reader.all(object, entity, r.json(Dtos.ListEnvelope.class).records()));
  }

  private CompletableFuture<CrmRecord> one(String object, Entity entity, String id) {
    ApiRequest.Builder request =
        ApiRequest.get(entity.collection() + "/" + io.ikarus.connects.spi.Urls.segment(id))
            .operation("query");
    return calls
        .execute(Costs.charged(request, Costs.getOne(entity.v2())))
        .thenCompose(r -> reader.one(object, entity, r.json(Dtos.SingleEnvelope.class).data()));
  }
}
