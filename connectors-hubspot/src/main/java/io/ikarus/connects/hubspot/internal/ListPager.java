package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a {@link Query} without filters or sorts through the list endpoint {@code GET
 * /crm/v3/objects/{type}}: 100 records a page, counted against the general limit (not search's ~4
 * per second), consistent with writes (search's index lags), in id order.
 */
final class ListPager {

  /** The largest list page. */
  static final int MAX_PAGE = 100;

  private final ApiCalls execute;

  ListPager(ApiCalls execute) {
    this.execute = execute;
  }

  /** True when {@code query} needs nothing the list endpoint lacks. */
  static boolean fits(Query query) {
    return query.filters().isEmpty()
        && query.modifiedSince() == null
        && SearchBodies.keysetPageable(query);
  }

  /** The first page. */
  CompletableFuture<Page> first(Query query) {
    return page(query, null, 0);
  }

  private CompletableFuture<Page> page(Query q, String after, int returned) {
    int size = Math.min(q.pageSize().orElse(MAX_PAGE), MAX_PAGE);
    if (q.limit().isPresent()) {
      size = Math.min(size, q.limit().getAsInt() - returned);
    }
    ApiRequest.Builder request =
        ApiRequest.get(ObjectPaths.objects(q.object()))
            .query("limit", Integer.toString(size))
            .operation("query");
    if (!q.fields().isEmpty()) {
      q.fields().forEach(HubSpotNames::property);
      request.query("properties", String.join(",", q.fields()));
    }
    if (after != null) {
      request.query("after", after);
    }
    return execute
        .execute(request.build())
        .thenApply(Records::page)
        .thenApply(
            body -> {
              List<CrmRecord> records = Records.results(q.object(), body);
              String next = body.nextAfter();
              int total = returned + records.size();
              boolean more =
                  next != null
                      && !records.isEmpty()
                      && (q.limit().isEmpty() || total < q.limit().getAsInt());
              return more ? Page.of(records, () -> page(q, next, total)) : Page.last(records);
            });
  }
}
