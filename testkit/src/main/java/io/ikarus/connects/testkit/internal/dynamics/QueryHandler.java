package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code GET <entityset>}: filter, order, select, expand, count, top and server paging; and change
 * tracking ({@code Prefer: odata.track-changes}): the first request returns every row and, on its
 * last page, an {@code @odata.deltaLink}; the delta link returns rows written since, then deleted
 * rows as {@code $deletedEntity} entries, and a fresh delta link.
 */
final class QueryHandler {

  private static final long INITIAL = -2;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);

  private final DataverseStore store;
  private final RecordCodec codec;
  private final Relations relations;
  private final String base;
  private final Clock clock;

  QueryHandler(
      DataverseStore store, RecordCodec codec, Relations relations, String base, Clock clock) {
    this.store = store;
    this.codec = codec;
    this.relations = relations;
    this.base = base;
    this.clock = clock;
  }

  FakeResponse list(EntityDef e, FakeRequest req) {
    QueryOptions o = new QueryOptions(req);
    if (OData.preference(req, "odata.track-changes") != null || o.get("$deltatoken") != null) {
      return changes(e, req, o);
    }
    List<String> select = o.select();
    select.forEach(e::require);
    List<StoredRecord> rows = matching(e, o);
    boolean paged = OData.preference(req, "odata.maxpagesize") != null;
    int top = o.top();
    if (top > 0 && !paged) {
      rows = rows.subList(0, Math.min(top, rows.size()));
    }
    int pageSize = PageCookie.pageSize(req);
    String token = o.get("$skiptoken");
    PageCookie at = token == null ? new PageCookie(1, 0, -1, 0) : PageCookie.parse(token);
    List<Map<String, Object>> value = new ArrayList<>();
    for (StoredRecord row : PageCookie.page(rows, at.skip(), pageSize)) {
      value.add(relations.expand(e, row, select, o.get("$expand")));
    }
    String next = nextLink(e, req, at, at.skip() + value.size(), rows.size());
    Map<String, Object> body =
        PageCookie.body(
            PageCookie.context(base, e.entitySetName(), select),
            o.count() ? rows.size() : null,
            value,
            "@odata.nextLink",
            next);
    FakeResponse r = OData.json(200, body, value.size());
    return paged ? r.header("Preference-Applied", "odata.maxpagesize=" + pageSize) : r;
  }

  private FakeResponse changes(EntityDef e, FakeRequest req, QueryOptions o) {
    for (String refused : List.of("$filter", "$orderby", "$top", "$expand")) {
      if (o.get(refused) != null) {
        throw ODataException.badRequest(
            "The query parameter "
                + refused
                + " is not supported when Change Tracking is enabled.");
      }
    }
    List<String> select = o.select();
    select.forEach(e::require);
    PageCookie at = cookie(o);
    List<Map<String, Object>> entries = entries(e, select, at);
    List<Map<String, Object>> page = PageCookie.page(entries, at.skip(), PageCookie.pageSize(req));
    String set = e.entitySetName();
    String next = nextLink(e, req, at, at.skip() + page.size(), entries.size());
    Map<String, List<String>> deltaQuery =
        o.get("$select") == null ? Map.of() : Map.of("$select", List.of(o.get("$select")));
    String delta =
        PageCookie.link(
            base, set, deltaQuery, "$deltatoken", at.upto() + "!" + STAMP.format(clock.instant()));
    String context = PageCookie.context(base, set, select) + (at.since() >= 0 ? "/$delta" : "");
    Map<String, Object> body =
        next != null
            ? PageCookie.body(context, null, page, "@odata.nextLink", next)
            : PageCookie.body(context, null, page, "@odata.deltaLink", delta);
    return OData.json(200, body, page.size()).header("Preference-Applied", "odata.track-changes");
  }

  /** The link to the page after one that ends at row {@code end} of {@code total}, or null. */
  private String nextLink(EntityDef e, FakeRequest req, PageCookie at, int end, int total) {
    String token = at.next(end).toString();
    return end < total
        ? PageCookie.link(base, e.entitySetName(), req.query(), "$skiptoken", token)
        : null;
  }

  private PageCookie cookie(QueryOptions o) {
    String skip = o.get("$skiptoken");
    if (skip != null) {
      return PageCookie.parse(skip);
    }
    String delta = o.get("$deltatoken");
    long upto = store.version();
    if (delta == null) {
      return new PageCookie(1, 0, INITIAL, upto);
    }
    try {
      return new PageCookie(1, 0, Long.parseLong(delta.substring(0, delta.indexOf('!'))), upto);
    } catch (RuntimeException ex) {
      throw ODataException.badRequest("The delta token '" + delta + "' is not valid.");
    }
  }

  /** The rows written in the cookie's version range, then (for a delta) the rows deleted in it. */
  private List<Map<String, Object>> entries(EntityDef e, List<String> select, PageCookie at) {
    String set = e.entitySetName();
    long since = Math.max(at.since(), 0);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (StoredRecord row : store.written(set, since, at.upto(), false)) {
      entries.add(codec.render(e, row, select));
    }
    if (at.since() >= 0) {
      for (StoredRecord t : store.written(set, since, at.upto(), true)) {
        Map<String, Object> d = OData.body(base + "$metadata#" + set + "/$deletedEntity");
        d.put("id", t.id());
        d.put("reason", "deleted");
        entries.add(d);
      }
    }
    return entries;
  }

  private List<StoredRecord> matching(EntityDef e, QueryOptions o) {
    String filter = o.get("$filter");
    Filter<Map<String, Object>> f = filter == null ? null : FilterParser.parse(filter);
    if (f != null) {
      f.fields().forEach(e::require);
    }
    Stream<StoredRecord> rows =
        store.rows(e.entitySetName()).stream().filter(row -> f == null || test(f, row));
    Comparator<StoredRecord> order = o.order(e);
    return (order == null ? rows : rows.sorted(order)).toList();
  }

  // A literal of another type than the column (name eq 5) cannot be compared: a 400, as OData's.
  private static boolean test(Filter<Map<String, Object>> f, StoredRecord row) {
    try {
      return f.test(row.fields());
    } catch (IllegalArgumentException | DateTimeException | ClassCastException e) {
      throw ODataException.badRequest(
          "A binary operator with incompatible types was detected in the $filter expression.");
    }
  }
}
