package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a query for records by id ({@code hs_object_id IN [...]} or {@code =}, nothing else) as
 * batch reads of 100 ids, one page per read: consistent with writes and at the general limit. Ids
 * HubSpot does not know (207 with {@code OBJECT_NOT_FOUND}) are simply not returned, as search
 * would not.
 */
final class IdReader {

  private final ApiCalls execute;

  IdReader(ApiCalls execute) {
    this.execute = execute;
  }

  /** The ids {@code query} asks for, or null when it asks for more than ids. */
  static List<String> ids(Query query) {
    if (query.filters().size() != 1
        || query.modifiedSince() != null
        || !SearchBodies.keysetPageable(query)) {
      return null;
    }
    Query.Filter f = query.filters().get(0);
    if (!SearchBodies.ID_PROPERTY.equals(f.field())
        || (f.op() != Query.Op.IN && f.op() != Query.Op.EQ)) {
      return null;
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    if (f.value() instanceof java.util.Collection<?> values) {
      values.forEach(v -> ids.add(HubSpotNames.recordId(String.valueOf(v))));
    } else {
      ids.add(HubSpotNames.recordId(String.valueOf(f.value())));
    }
    List<String> all = new ArrayList<>(ids);
    return query.limit().isPresent() && all.size() > query.limit().getAsInt()
        ? all.subList(0, query.limit().getAsInt())
        : all;
  }

  /** The first page of the records with {@code ids}. */
  CompletableFuture<Page> first(Query query, List<String> ids) {
    int size = Math.min(query.pageSize().orElse(ListPager.MAX_PAGE), ListPager.MAX_PAGE);
    return ids.isEmpty()
        ? CompletableFuture.completedFuture(Page.last(List.of()))
        : page(query, ids, 0, size);
  }

  private CompletableFuture<Page> page(Query q, List<String> ids, int from, int size) {
    int to = Math.min(ids.size(), from + size);
    List<Map<String, Object>> inputs = new ArrayList<>();
    ids.subList(from, to).forEach(id -> inputs.add(Map.of("id", id)));
    List<String> names = q.fields();
    names.forEach(HubSpotNames::property);
    ApiRequest request =
        ApiRequest.post(ObjectPaths.batch(q.object(), "read"))
            .json(Map.of("properties", names, "inputs", inputs))
            .operation("query")
            .idempotent(true)
            .build();
    return execute
        .execute(request)
        .thenApply(
            r -> {
              List<CrmRecord> records = Records.results(q.object(), Records.page(r));
              return to < ids.size()
                  ? Page.of(records, () -> page(q, ids, to, size))
                  : Page.last(records);
            });
  }
}
