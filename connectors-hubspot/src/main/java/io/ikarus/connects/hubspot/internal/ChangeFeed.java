package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.hubspot.internal.dto.HubSpotObject;
import io.ikarus.connects.hubspot.internal.dto.ObjectPage;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ChangeFeedOperations;
import io.ikarus.connects.spi.ChangeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code changesSince} for HubSpot: changed records come from the search API ordered by
 * (last-modified, id), one page of 200 per call, a scan resumed after the last pair seen; once they
 * are drained, deletions come from the archived-records listing, filtered by archive time. Every
 * property is read, not HubSpot's short default set, so that a change carries the whole record.
 *
 * <p>The search index lags writes by seconds, so a record modified before the newest one read may
 * be indexed after it. Each scan therefore starts a lookback window before the newest modified time
 * handed out, and a {@link ChangeWindow} hands a record out again only when its content changed:
 * nothing indexed late within the lookback is lost, nothing is handed out twice. Pages holding only
 * records already handed out are passed over within the call. The window forgets records older than
 * the lookback after every page (the scan is ordered by modified time and resumes after the last
 * pair read, so it never returns them again), so a checkpoint stays the size of the lookback.
 */
public final class ChangeFeed implements ChangeFeedOperations {

  /** The default lookback: well beyond the search index's usual lag of seconds. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(2);

  private final ApiCalls execute;
  private final SearchPager pager;
  private final PropertyNames properties;
  private final Duration lookback;

  /**
   * A feed making calls through {@code execute}, reading the properties {@code properties} names,
   * searching again {@code lookback} before the newest modified time it handed out.
   */
  public ChangeFeed(
      ApiCalls execute, SearchPager pager, PropertyNames properties, Duration lookback) {
    this.execute = execute;
    this.pager = pager;
    this.properties = properties;
    this.lookback = lookback;
  }

  /** The changes of {@code object} after {@code checkpoint}. */
  @Override
  public CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    ChangeCursor cursor = ChangeCursor.parse(checkpoint, lookback);
    return properties.of(object).thenCompose(names -> since(object, cursor, names));
  }

  private CompletableFuture<Changes> since(
      String object, ChangeCursor cursor, List<String> propertyNames) {
    String modified = HubSpotNames.modifiedProperty(object);
    List<List<Map<String, Object>>> groups = new ArrayList<>();
    if (cursor.scanModified() >= 0) {
      String m = Long.toString(cursor.scanModified());
      groups.add(List.of(filter(modified, "GT", m)));
      groups.add(List.of(filter(modified, "EQ", m), SearchBodies.idAbove(cursor.scanId())));
    } else if (cursor.window().from() != null) {
      String from = Long.toString(cursor.window().from().toEpochMilli());
      groups.add(List.of(filter(modified, "GTE", from)));
    }
    List<Map<String, Object>> sorts =
        List.of(
            SearchBodies.sort(modified, true), SearchBodies.sort(SearchBodies.ID_PROPERTY, true));
    Map<String, Object> body =
        SearchBodies.body(groups, sorts, propertyNames, SearchBodies.MAX_PAGE, null);
    return pager
        .search(object, body)
        .thenCompose(
            r -> {
              List<CrmRecord> read = Records.results(object, r);
              List<CrmRecord> records = fresh(cursor.window(), read, modified);
              cursor.window().prune();
              if (r.nextAfter() != null) {
                CrmRecord last = read.get(read.size() - 1);
                ChangeCursor next = cursor.scan(stamp(last, modified).toEpochMilli(), last.id());
                return records.isEmpty()
                    ? since(object, next, propertyNames)
                    : CompletableFuture.completedFuture(
                        new Changes(records, List.of(), next.toCheckpoint(), true));
              }
              ChangeCursor next = cursor.scan(-1, "0");
              return deletions(object, next, null, new ArrayList<>(), next)
                  .thenApply(d -> new Changes(records, d.ids, d.cursor.toCheckpoint(), false));
            });
  }

  /** The records the window has not handed out with their current content. */
  private static List<CrmRecord> fresh(ChangeWindow window, List<CrmRecord> read, String property) {
    List<CrmRecord> out = new ArrayList<>();
    for (CrmRecord r : read) {
      if (window.offer(r.id(), stamp(r, property), ChangeWindow.fingerprint(r.fields()))) {
        out.add(r);
      }
    }
    return out;
  }

  private static Instant stamp(CrmRecord r, String property) {
    Object value = r.field(property);
    Instant at = value == null ? null : Records.instant(value.toString());
    return at != null ? at : r.modifiedAt();
  }

  private record Deleted(List<String> ids, ChangeCursor cursor) {}

  private CompletableFuture<Deleted> deletions(
      String object, ChangeCursor from, String after, List<String> ids, ChangeCursor best) {
    ApiRequest.Builder request =
        ApiRequest.get(ObjectPaths.objects(object))
            .query("archived", "true")
            .query("limit", 100)
            .query("properties", "hs_object_id")
            .operation("changesSince");
    if (after != null) {
      request.query("after", after);
    }
    return execute
        .execute(request.build())
        .thenCompose(
            response -> {
              ObjectPage body = Records.page(response);
              ChangeCursor cursor = best;
              for (HubSpotObject r : body.results()) {
                String id = r.id();
                var at = Records.instant(r.archivedAt());
                long ms = at == null ? 0 : at.toEpochMilli();
                if (ms > from.deleted()
                    || (ms == from.deleted() && !from.deletedIds().contains(id))) {
                  ids.add(id);
                  cursor = watermark(cursor, ms, id);
                }
              }
              String next = body.nextAfter();
              return next == null
                  ? CompletableFuture.completedFuture(new Deleted(ids, cursor))
                  : deletions(object, from, next, ids, cursor);
            });
  }

  private static ChangeCursor watermark(ChangeCursor c, long ms, String id) {
    if (ms < c.deleted()) {
      return c;
    }
    Set<String> at =
        ms == c.deleted() ? new LinkedHashSet<>(c.deletedIds()) : new LinkedHashSet<>();
    at.add(id);
    return c.deletions(ms, at);
  }

  private static Map<String, Object> filter(String property, String operator, String value) {
    return Map.of("propertyName", property, "operator", operator, "value", value);
  }
}
