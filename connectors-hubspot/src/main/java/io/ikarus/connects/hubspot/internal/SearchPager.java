package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.hubspot.internal.dto.ObjectPage;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a {@link Query} through the search API page by page. A query without an order (or ordered by
 * {@code hs_object_id}) is paged by id: each page asks for ids above the last one seen, sorted by
 * id, so paging never reaches HubSpot's 10,000-result ceiling and no record is lost or repeated. A
 * query with another order pages with HubSpot's {@code after} offset and so ends at 10,000 results
 * with HubSpot's error.
 */
public final class SearchPager {

  private final ApiCalls execute;

  /** A pager making calls through {@code execute}. */
  public SearchPager(ApiCalls execute) {
    this.execute = execute;
  }

  /** The first page of {@code query}. */
  public CompletableFuture<Page> first(Query query) {
    return page(query, null, null, 0);
  }

  /** Runs one search request; the request draws a permit from the {@code search} bucket too. */
  public CompletableFuture<ObjectPage> search(String object, Map<String, Object> body) {
    ApiRequest request =
        ApiRequest.post(ObjectPaths.search(object))
            .json(body)
            .operation("query")
            .idempotent(true)
            .cost("search", 1)
            .build();
    return execute.execute(request).thenApply(Records::page);
  }

  private CompletableFuture<Page> page(Query q, String lastId, String after, int returned) {
    boolean keyset = SearchBodies.keysetPageable(q);
    int size = Math.min(q.pageSize().orElse(SearchBodies.MAX_PAGE), SearchBodies.MAX_PAGE);
    if (q.limit().isPresent()) {
      size = Math.min(size, q.limit().getAsInt() - returned);
    }
    List<Map<String, Object>> filters = new ArrayList<>(SearchBodies.filters(q));
    if (keyset && lastId != null) {
      filters.add(SearchBodies.idAbove(lastId));
    }
    List<Map<String, Object>> sorts =
        keyset ? List.of(SearchBodies.sort(SearchBodies.ID_PROPERTY, true)) : SearchBodies.sorts(q);
    Map<String, Object> body = SearchBodies.body(filters, sorts, q.fields(), size, after);
    return search(q.object(), body).thenApply(r -> toPage(q, r, keyset, returned));
  }

  private Page toPage(Query q, ObjectPage body, boolean keyset, int returned) {
    List<CrmRecord> records = Records.results(q.object(), body);
    String after = body.nextAfter();
    int total = returned + records.size();
    boolean more =
        after != null
            && !records.isEmpty()
            && (q.limit().isEmpty() || total < q.limit().getAsInt());
    if (!more) {
      return Page.last(records);
    }
    String lastId = records.get(records.size() - 1).id();
    return Page.of(
        records, keyset ? () -> page(q, lastId, null, total) : () -> page(q, null, after, total));
  }
}
