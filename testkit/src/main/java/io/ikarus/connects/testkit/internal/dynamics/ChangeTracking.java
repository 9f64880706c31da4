package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Prefer: odata.track-changes} and delta links: the first request returns every row and, on
 * its last page, an {@code @odata.deltaLink}; the delta link returns rows written since, then
 * deleted rows as {@code $deletedEntity} entries, and a fresh delta link.
 */
final class ChangeTracking {

  private static final long INITIAL = -2;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss").withZone(ZoneOffset.UTC);

  private final DataverseStore store;
  private final RecordCodec codec;
  private final String base;
  private final Clock clock;

  ChangeTracking(DataverseStore store, RecordCodec codec, String base, Clock clock) {
    this.store = store;
    this.codec = codec;
    this.base = base;
    this.clock = clock;
  }

  /** True when the request asks for tracked changes. */
  static boolean applies(FakeRequest req) {
    return OData.prefers(req, "odata.track-changes") || OData.query(req).containsKey("$deltatoken");
  }

  FakeResponse changes(EntityDef e, FakeRequest req) {
    QueryOptions o = new QueryOptions(OData.query(req));
    for (String refused : List.of("$filter", "$orderby", "$top", "$expand")) {
      if (o.get(refused) != null) {
        throw ODataException.badRequest(
            "The query parameter "
                + refused
                + " is not supported when Change Tracking is enabled.");
      }
    }
    List<String> select = o.select();
    codec.checkSelect(e, select);
    PageCookie at = cookie(o);
    List<Map<String, Object>> entries = entries(e, select, at);
    int end = Math.min(entries.size(), at.skip() + PageWriter.pageSize(req));
    List<Map<String, Object>> page = entries.subList(Math.min(at.skip(), end), end);
    String set = e.entitySetName();
    boolean more = end < entries.size();
    String link =
        more
            ? PageWriter.link(
                base,
                set,
                OData.query(req),
                "$skiptoken",
                new PageCookie(at.page() + 1, end, at.since(), at.upto()).toString())
            : PageWriter.link(
                base,
                set,
                selectOnly(req),
                "$deltatoken",
                at.upto() + "!" + STAMP.format(clock.instant()));
    String context = PageWriter.context(base, set, select) + (at.since() >= 0 ? "/$delta" : "");
    Map<String, Object> body =
        PageWriter.body(context, null, page, more ? "@odata.nextLink" : "@odata.deltaLink", link);
    return OData.json(200, Json.write(body), page.size())
        .header("Preference-Applied", "odata.track-changes");
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

  private List<Map<String, Object>> entries(EntityDef e, List<String> select, PageCookie at) {
    String set = e.entitySetName();
    long since = Math.max(at.since(), 0);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (DataverseStore.Row row : store.changedSince(set, since)) {
      if (row.version() <= at.upto()) {
        entries.add(codec.render(e, row, select));
      }
    }
    if (at.since() >= 0) {
      for (DataverseStore.Tombstone t : store.deletedSince(set, since)) {
        if (t.version() <= at.upto()) {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("@odata.context", base + "$metadata#" + set + "/$deletedEntity");
          d.put("id", t.id().toString());
          d.put("reason", "deleted");
          entries.add(d);
        }
      }
    }
    return entries;
  }

  private static Map<String, String> selectOnly(FakeRequest req) {
    Map<String, String> q = new LinkedHashMap<>();
    if (OData.query(req).get("$select") != null) {
      q.put("$select", OData.query(req).get("$select"));
    }
    return q;
  }
}
