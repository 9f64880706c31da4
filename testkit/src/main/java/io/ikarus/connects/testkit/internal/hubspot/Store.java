package io.ikarus.connects.testkit.internal.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Records of every object type with server-assigned numeric ids, modification stamps, archiving,
 * and unique-value indexes. Thread-safe: every method holds the store's lock.
 */
public final class Store {

  private final Schema schema;
  private final Clock clock;
  private final Map<String, NavigableMap<Long, StoredObject>> byType = new HashMap<>();
  private final Map<String, Long> uniqueIndex = new HashMap<>();
  private long nextId = 101;
  private Instant lastStamp = Instant.EPOCH;
  private Duration searchLag = Duration.ZERO;

  /** A store using {@code clock} for its stamps. */
  public Store(Schema schema, Clock clock) {
    this.schema = schema;
    this.clock = clock;
  }

  /**
   * How long after a write the search index shows it (HubSpot's search is eventually consistent: a
   * write shows in search seconds later). {@link Duration#ZERO}: at once.
   */
  public synchronized void searchLag(Duration lag) {
    this.searchLag = lag;
  }

  /**
   * The records as the search index shows them now, with an id above {@code afterId}, matching
   * {@code filter}, in id order: each as it was {@link #searchLag} ago, records created since then
   * left out.
   */
  public synchronized List<StoredObject> searchIndex(
      ObjectType type, long afterId, Predicate<StoredObject> filter) {
    if (searchLag.isZero()) {
      return select(type, afterId, filter);
    }
    Instant upTo = clock.instant().minus(searchLag);
    List<StoredObject> out = new ArrayList<>();
    for (StoredObject o : records(type).tailMap(afterId, false).values()) {
      StoredObject shown = o.indexed(upTo);
      if (shown != null && filter.test(shown)) {
        out.add(shown);
      }
    }
    return out;
  }

  /** Creates a record from validated properties. */
  public synchronized StoredObject create(ObjectType type, Map<String, String> props) {
    Instant now = stamp();
    StoredObject o = new StoredObject(nextId++, type, now);
    o.properties.put(type.createdProperty(), Bodies.iso(now));
    o.properties.put("hs_object_id", o.id());
    apply(o, props, now);
    records(type).put(o.id, o);
    remember(o);
    return o;
  }

  /** Updates a live record with validated properties; an empty string clears a value. */
  public synchronized StoredObject update(StoredObject o, Map<String, String> props) {
    apply(o, props, stamp());
    remember(o);
    return o;
  }

  /** Archives a live record; archiving an archived or missing one does nothing. */
  public synchronized void archive(ObjectType type, String id) {
    StoredObject o = find(type, id);
    if (o != null) {
      o.archivedAt = stamp();
      o.updatedAt = o.archivedAt;
      unindex(o);
      remember(o);
    }
  }

  /** The live record with {@code id}, or null. */
  public synchronized StoredObject find(ObjectType type, String id) {
    StoredObject o = raw(type, id);
    return o == null || o.archived() ? null : o;
  }

  /** The record with {@code id}, live or archived, or null. */
  public synchronized StoredObject raw(ObjectType type, String id) {
    try {
      return records(type).get(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The live record whose unique {@code property} equals {@code value}, or null. */
  public synchronized StoredObject findUnique(ObjectType type, String property, String value) {
    if (property.equals("hs_object_id")) {
      return find(type, value);
    }
    Long id = uniqueIndex.get(indexKey(type, property, value));
    return id == null ? null : find(type, id.toString());
  }

  /** The records matching {@code filter}, in id order. */
  public List<StoredObject> select(ObjectType type, Predicate<StoredObject> filter) {
    return select(type, Long.MIN_VALUE, filter);
  }

  /** The records with an id above {@code afterId} matching {@code filter}, in id order. */
  public synchronized List<StoredObject> select(
      ObjectType type, long afterId, Predicate<StoredObject> filter) {
    List<StoredObject> out = new ArrayList<>();
    for (StoredObject o : records(type).tailMap(afterId, false).values()) {
      if (filter.test(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** Up to {@code limit} records with id above {@code afterId}, archived or live as asked. */
  public synchronized List<StoredObject> page(
      ObjectType type, long afterId, int limit, boolean archived) {
    List<StoredObject> out = new ArrayList<>();
    for (StoredObject o : records(type).tailMap(afterId, false).values()) {
      if (o.archived() == archived) {
        out.add(o);
        if (out.size() > limit) {
          break;
        }
      }
    }
    return out;
  }

  private void apply(StoredObject o, Map<String, String> props, Instant now) {
    unindex(o);
    props.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            o.properties.remove(k);
          } else {
            o.properties.put(k, v);
          }
        });
    o.updatedAt = now;
    o.properties.put(o.type.modifiedProperty(), Bodies.iso(now));
    index(o);
  }

  private void index(StoredObject o) {
    for (PropertyDef d : schema.properties(o.type)) {
      String v = o.properties.get(d.name());
      if (d.hasUniqueValue() && v != null) {
        uniqueIndex.put(indexKey(o.type, d.name(), v), o.id);
      }
    }
  }

  private void unindex(StoredObject o) {
    for (PropertyDef d : schema.properties(o.type)) {
      String v = o.properties.get(d.name());
      if (d.hasUniqueValue() && v != null) {
        uniqueIndex.remove(indexKey(o.type, d.name(), v), o.id);
      }
    }
  }

  private static String indexKey(ObjectType type, String property, String value) {
    return type.id() + '\u0000' + property + '\u0000' + value.toLowerCase(Locale.ROOT);
  }

  private NavigableMap<Long, StoredObject> records(ObjectType type) {
    return byType.computeIfAbsent(type.id(), k -> new TreeMap<>());
  }

  private void remember(StoredObject o) {
    if (!searchLag.isZero()) {
      o.remember(clock.instant());
    }
  }

  /** A non-decreasing stamp in milliseconds, like HubSpot's (writes may share one). */
  private Instant stamp() {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    lastStamp = now.isAfter(lastStamp) ? now : lastStamp;
    return lastStamp;
  }
}
