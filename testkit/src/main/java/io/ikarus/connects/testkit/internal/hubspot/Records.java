package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.IdSource;
import io.ikarus.connects.testkit.internal.ObjectStore;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * HubSpot's view of the shared {@link ObjectStore}: numeric ids from one counter, millisecond
 * stamps that never go back, properties as strings (an empty string clears one), unique-value
 * lookups, archiving as tombstones, and a search index that shows each write {@code lag} after it
 * was made (HubSpot's search is eventually consistent). Thread-safe: every method holds this
 * object's lock.
 */
public final class Records {

  private final Schema schema;
  private final ObjectStore store;
  private final Clock clock;
  private final AtomicLong ids = new AtomicLong(100);

  /** Each record's writes not yet shown to search, by time of writing, oldest first. */
  private final Map<String, Deque<Write>> unindexed = new HashMap<>();

  private Duration lag = Duration.ZERO;

  /** Records stamped from {@code clock}. */
  public Records(Schema schema, Clock clock) {
    this.schema = schema;
    this.store =
        new ObjectStore(clock, IdSource.sequence(ids::incrementAndGet), ChronoUnit.MILLIS, true);
    this.clock = clock;
  }

  /**
   * How long after a write the search index shows it (HubSpot's search is eventually consistent: a
   * write shows in search seconds later). {@link Duration#ZERO}: at once.
   */
  public synchronized void searchLag(Duration lag) {
    this.lag = lag;
  }

  /** Makes search show the latest write of record {@code id} {@code extra} later. */
  public synchronized void indexLater(String id, Duration extra) {
    Deque<Write> d = unindexed.get(id);
    if (d != null && !d.isEmpty()) {
      Write last = d.pollLast();
      d.addLast(new Write(last.snapshot(), last.at().plus(extra)));
    }
  }

  /**
   * The records as the search index shows them now, with an id above {@code afterId}, matching
   * {@code filter}, in id order.
   */
  public synchronized List<StoredRecord> searchIndex(
      ObjectType type, long afterId, Predicate<StoredRecord> filter) {
    return after(type, afterId).stream()
        .map(this::shown)
        .filter(shown -> shown != null && filter.test(shown))
        .toList();
  }

  /** Creates a record from validated properties. */
  public synchronized StoredRecord create(ObjectType type, Map<String, String> props) {
    StoredRecord r = extent(type).insert(Map.of(type.createdProperty(), Wire.iso(store.now())));
    return write(type, r, props, r.createdAt());
  }

  /** Updates a live record with validated properties; an empty string clears a value. */
  public synchronized StoredRecord update(
      ObjectType type, StoredRecord r, Map<String, String> props) {
    return write(type, r, props, store.now());
  }

  /** Archives a live record; archiving an archived or missing one does nothing. */
  public synchronized void archive(ObjectType type, String id) {
    StoredRecord r = find(type, id);
    if (r != null) {
      extent(type).delete(r);
      written(r);
    }
  }

  /** The live record with {@code id}, or null. */
  public synchronized StoredRecord find(ObjectType type, String id) {
    StoredRecord r = raw(type, id);
    return r == null || r.isDeleted() ? null : r;
  }

  /** The record with {@code id}, live or archived, or null. */
  public synchronized StoredRecord raw(ObjectType type, String id) {
    try {
      return extent(type).find(Long.toString(Long.parseLong(id))).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The live record whose unique {@code property} equals {@code value} (any case), or null. */
  public synchronized StoredRecord findUnique(ObjectType type, String property, String value) {
    Extent extent = extent(type);
    if (extent.indexed(property)) {
      List<StoredRecord> found = extent.lookup(property, value);
      return found.isEmpty() ? null : found.get(0);
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    return extent.stored().stream()
        .filter(r -> !r.isDeleted() && r.get(property) != null)
        .filter(r -> r.get(property).toString().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElse(null);
  }

  /** The records matching {@code filter}, in id order. */
  public synchronized List<StoredRecord> select(ObjectType type, Predicate<StoredRecord> filter) {
    return extent(type).stored().stream().filter(filter).toList();
  }

  /** Up to {@code limit} + 1 records with id above {@code afterId}, archived or live as asked. */
  public synchronized List<StoredRecord> page(
      ObjectType type, long afterId, int limit, boolean archived) {
    return after(type, afterId).stream()
        .filter(r -> r.isDeleted() == archived)
        .limit(limit + 1L)
        .toList();
  }

  /** A copy of every property of {@code record} that has a value. */
  public static Map<String, String> properties(StoredRecord record) {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : record.fields().entrySet()) {
      if (e.getValue() != null) {
        out.put(e.getKey(), e.getValue().toString());
      }
    }
    return out;
  }

  /** The value of {@code property} in {@code record}, or null. */
  public static String value(StoredRecord record, String property) {
    Object v = record.get(property);
    return v == null ? null : v.toString();
  }

  private List<StoredRecord> after(ObjectType type, long afterId) {
    return extent(type).stored().stream().filter(r -> Long.parseLong(r.id()) > afterId).toList();
  }

  /** Writes {@code props} to {@code r} and stamps it {@code now}, for create and update alike. */
  private StoredRecord write(
      ObjectType type, StoredRecord r, Map<String, String> props, Instant now) {
    Map<String, Object> changes = new LinkedHashMap<>();
    props.forEach((k, v) -> changes.put(k, v.isEmpty() ? null : v));
    changes.put("hs_object_id", r.id());
    changes.put(type.modifiedProperty(), Wire.iso(now));
    extent(type).update(r, changes, now);
    written(r);
    return r;
  }

  private Extent extent(ObjectType type) {
    return store.extent(type.id()).orElseGet(() -> store.define(type.id(), uniques(type)));
  }

  /** The type's unique properties now, which its extent indexes (later ones are scanned). */
  private Set<String> uniques(ObjectType type) {
    return schema.properties(type).stream()
        .filter(PropertyDef::hasUniqueValue)
        .map(PropertyDef::name)
        .collect(Collectors.toSet());
  }

  /** Remembers the record as it is now for the lagging index; nothing while the index keeps up. */
  private void written(StoredRecord record) {
    if (!lag.isZero()) {
      unindexed
          .computeIfAbsent(record.id(), k -> new ArrayDeque<>())
          .addLast(new Write(record.snapshot(), clock.instant()));
    }
  }

  /**
   * The record as the index shows it now, or null when it holds none of its writes yet; forgets
   * writes no search will show again. A record written while the index kept up shows as it is.
   */
  private StoredRecord shown(StoredRecord record) {
    Deque<Write> d = unindexed.get(record.id());
    if (lag.isZero() || d == null || d.isEmpty()) {
      return record;
    }
    Instant upTo = clock.instant().minus(lag);
    Write shown = null;
    while (!d.isEmpty() && !d.peekFirst().at().isAfter(upTo)) {
      shown = d.pollFirst();
    }
    if (shown != null) {
      d.addFirst(shown);
    }
    return shown == null ? null : shown.snapshot();
  }

  private record Write(StoredRecord snapshot, Instant at) {}
}
