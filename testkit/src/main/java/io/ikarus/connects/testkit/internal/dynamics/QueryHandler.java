package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code GET <entityset>}: filter, order, select, expand, count, top and server paging. */
final class QueryHandler {

  private final DataverseStore store;
  private final RecordCodec codec;
  private final Relations relations;
  private final String base;

  QueryHandler(DataverseStore store, RecordCodec codec, Relations relations, String base) {
    this.store = store;
    this.codec = codec;
    this.relations = relations;
    this.base = base;
  }

  FakeResponse list(EntityDef e, FakeRequest req) {
    QueryOptions o = new QueryOptions(OData.query(req));
    List<String> select = o.select();
    codec.checkSelect(e, select);
    List<DataverseStore.Row> rows = matching(e, o);
    boolean paged = OData.preference(req, "odata.maxpagesize") != null;
    int top = o.top();
    if (top > 0 && !paged) {
      rows = rows.subList(0, Math.min(top, rows.size()));
    }
    int pageSize = PageWriter.pageSize(req);
    String token = o.get("$skiptoken");
    PageCookie at = token == null ? new PageCookie(1, 0, -1, 0) : PageCookie.parse(token);
    int end = Math.min(rows.size(), at.skip() + pageSize);
    List<Map<String, Object>> value = new ArrayList<>();
    for (DataverseStore.Row row : rows.subList(Math.min(at.skip(), end), end)) {
      value.add(relations.expand(e, codec.render(e, row, select), o.get("$expand")));
    }
    String next =
        end < rows.size()
            ? PageWriter.link(
                base,
                e.entitySetName(),
                OData.query(req),
                "$skiptoken",
                new PageCookie(at.page() + 1, end, -1, 0).toString())
            : null;
    Map<String, Object> body =
        PageWriter.body(
            PageWriter.context(base, e.entitySetName(), select),
            o.count() ? rows.size() : null,
            value,
            "@odata.nextLink",
            next);
    FakeResponse r = OData.json(200, Json.write(body), value.size());
    return paged ? r.header("Preference-Applied", "odata.maxpagesize=" + pageSize) : r;
  }

  // A literal of another type than the column (name eq 5) cannot be compared: a 400, as OData's.
  private static boolean test(Filter<Map<String, Object>> f, DataverseStore.Row row) {
    try {
      return f.test(row.values());
    } catch (IllegalArgumentException | java.time.DateTimeException | ClassCastException e) {
      throw ODataException.badRequest(
          "A binary operator with incompatible types was detected in the $filter expression.");
    }
  }

  private List<DataverseStore.Row> matching(EntityDef e, QueryOptions o) {
    String filter = o.get("$filter");
    Filter<Map<String, Object>> f = filter == null ? null : FilterParser.parse(filter);
    if (f != null) {
      f.fields().forEach(e::require);
    }
    List<DataverseStore.Row> rows = new ArrayList<>();
    for (DataverseStore.Row row : store.rows(e.entitySetName())) {
      if (f == null || test(f, row)) {
        rows.add(row);
      }
    }
    Comparator<DataverseStore.Row> order = o.order(e);
    if (order != null) {
      rows.sort(order);
    }
    return rows;
  }
}
