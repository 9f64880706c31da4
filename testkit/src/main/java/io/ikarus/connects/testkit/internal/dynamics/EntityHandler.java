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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The requests on a table: create, read, update, upsert and delete of single rows, and queries of
 * the whole entity set with change tracking.
 */
final class EntityHandler {

  private static final long INITIAL = -2;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);

  private final DataverseStore store;
  private final RecordCodec codec;
  private final String base;
  private final Clock clock;

  EntityHandler(DataverseStore store, RecordCodec codec, String base, Clock clock) {
    this.store = store;
    this.codec = codec;
    this.base = base;
    this.clock = clock;
  }

  /** {@code POST <set>}: 204 with OData-EntityId, or 201 with the row when asked. */
  FakeResponse create(EntityDef e, FakeRequest req) {
    List<String> select = selected(e, new QueryOptions(req));
    return written(e, req, select, create(e, OData.object(req.body())), true);
  }

  /** Creates a row from {@code json} through the checks of {@code POST}. */
  StoredRecord create(EntityDef e, Map<String, Object> json) {
    Map<String, Object> columns = codec.columns(e, json);
    Object given = columns.remove(e.primaryId());
    UUID id = given == null ? UUID.randomUUID() : UUID.fromString(given.toString());
    if (store.get(e.entitySetName(), id) != null) {
      throw duplicate();
    }
    return insert(e, id, columns);
  }

  /** {@code GET <set>(<key>)}. */
  FakeResponse read(EntityDef e, RowKey key, FakeRequest req) {
    QueryOptions o = new QueryOptions(req);
    List<String> select = selected(e, o);
    StoredRecord row = key.require(e, store);
    Map<String, Object> body =
        OData.body(PageCookie.context(base, e.entitySetName(), select) + "/$entity");
    body.putAll(codec.expand(e, row, select, o.get("$expand")));
    return OData.json(200, body, 1);
  }

  /**
   * {@code PATCH <set>(<key>)}: an update when the row exists, else a create (an upsert), limited
   * by {@code If-Match: *} (update only: 404) and {@code If-None-Match: *} (create only: 412).
   */
  FakeResponse patch(EntityDef e, RowKey key, FakeRequest req) {
    List<String> select = selected(e, new QueryOptions(req));
    Map<String, Object> columns = codec.columns(e, OData.object(req.body()));
    columns.remove(e.primaryId());
    StoredRecord row = key.find(e, store);
    String ifMatch = req.header("If-Match");
    String ifNoneMatch = req.header("If-None-Match");
    if (row == null && ifMatch != null) {
      throw ODataException.notFound(e.logicalName(), key.describe());
    }
    if (row != null && "*".equals(ifNoneMatch)) {
      throw new ODataException(412, "", "A record with matching key values already exists.");
    }
    if (row != null
        && ifMatch != null
        && !ifMatch.equals("*")
        && !ifMatch.equals("W/\"" + row.version() + "\"")) {
      // Dataverse's ConcurrencyVersionMismatch (-2147088254).
      throw new ODataException(
          412,
          "0x80060882",
          "The version of the existing record doesn't match the RowVersion property provided.");
    }
    if (row == null) {
      columns.putAll(key.columns());
      UUID id = key.id() != null ? key.id() : UUID.randomUUID();
      return written(e, req, select, insert(e, id, columns), true);
    }
    return written(e, req, select, update(e, row, columns), false);
  }

  /**
   * {@code GET <set>}: filter, order, select, expand, count, top and server paging; and change
   * tracking ({@code Prefer: odata.track-changes}): the first request returns every row and, on its
   * last page, an {@code @odata.deltaLink}; the delta link returns rows written since, then deleted
   * rows as {@code $deletedEntity} entries, and a fresh delta link.
   */
  FakeResponse list(EntityDef e, FakeRequest req) {
    QueryOptions o = new QueryOptions(req);
    if (OData.preference(req, "odata.track-changes") != null || o.get("$deltatoken") != null) {
      return changes(e, req, o);
    }
    List<String> select = selected(e, o);
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
      value.add(codec.expand(e, row, select, o.get("$expand")));
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
    List<String> select = selected(e, o);
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

  /** Updates the row {@code key} names, which must exist, from {@code json} (a bulk target). */
  void update(EntityDef e, RowKey key, Map<String, Object> json) {
    Map<String, Object> columns = codec.columns(e, json);
    columns.remove(e.primaryId());
    update(e, key.require(e, store), columns);
  }

  /** {@code DELETE <set>(<key>)}. */
  FakeResponse delete(EntityDef e, RowKey key) {
    store.delete(key.require(e, store));
    return OData.empty(204, Map.of());
  }

  private StoredRecord update(EntityDef e, StoredRecord row, Map<String, Object> columns) {
    checkUniqueKeys(e, columns, row.id());
    return store.update(row, derive(e, row.fields(), columns));
  }

  private StoredRecord insert(EntityDef e, UUID id, Map<String, Object> columns) {
    checkUniqueKeys(e, columns, id.toString());
    return store.insert(e.entitySetName(), e.primaryId(), id, derive(e, Map.of(), columns));
  }

  /** The columns {@code $select} names, each checked to exist (a 400 before anything runs). */
  private static List<String> selected(EntityDef e, QueryOptions o) {
    List<String> select = o.select();
    select.forEach(e::require);
    return select;
  }

  private FakeResponse written(
      EntityDef e, FakeRequest req, List<String> select, StoredRecord row, boolean created) {
    String entityId = base + e.entitySetName() + "(" + row.id() + ")";
    if (!"representation".equals(OData.preference(req, "return"))) {
      return OData.empty(204, Map.of("OData-EntityId", entityId));
    }
    Map<String, Object> body =
        OData.body(PageCookie.context(base, e.entitySetName(), select) + "/$entity");
    body.putAll(codec.render(e, row, select));
    return OData.json(created ? 201 : 200, body, 1)
        .header("Preference-Applied", "return=representation");
  }

  private void checkUniqueKeys(EntityDef e, Map<String, Object> columns, String self) {
    for (String k : e.keys()) {
      Object v = columns.get(k);
      if (v == null) {
        continue;
      }
      // Dataverse compares key values case-insensitively. One scan of the live rows with
      // equalsIgnoreCase: copying the table and lower-casing both sides per row dominated the
      // fake's time for a 1,000-row CreateMultiple.
      String wanted = v.toString();
      if (store.anyRow(
          e.entitySetName(),
          r -> {
            Object have = r.get(k);
            return have != null && have.toString().equalsIgnoreCase(wanted) && !r.id().equals(self);
          })) {
        throw duplicate();
      }
    }
  }

  /** Computed columns: fullname of contacts and leads. */
  private static Map<String, Object> derive(
      EntityDef e, Map<String, Object> old, Map<String, Object> changes) {
    Map<String, Object> v = new LinkedHashMap<>(changes);
    if (e.attribute("fullname").isPresent()) {
      Map<String, Object> merged = new LinkedHashMap<>(old);
      merged.putAll(changes);
      String first = merged.get("firstname") == null ? "" : merged.get("firstname").toString();
      String last = merged.get("lastname") == null ? "" : merged.get("lastname").toString();
      v.put("fullname", (first + " " + last).strip());
    }
    return v;
  }

  private static ODataException duplicate() {
    return new ODataException(
        412, "0x80040237", "A record with matching key values already exists.");
  }
}
