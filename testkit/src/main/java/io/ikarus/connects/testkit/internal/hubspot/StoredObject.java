package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** One record in the fake's store. Guarded by the {@link Store}'s lock. */
public final class StoredObject {

  final long id;
  final ObjectType type;
  final Map<String, String> properties = new LinkedHashMap<>();
  final Instant createdAt;
  Instant updatedAt;
  Instant archivedAt;

  /** What the search index holds of this record, oldest first: snapshots by time of writing. */
  private final Deque<StoredObject> versions = new ArrayDeque<>();

  private Instant writtenAt;

  StoredObject(long id, ObjectType type, Instant createdAt) {
    this(id, type, createdAt, null);
  }

  private StoredObject(long id, ObjectType type, Instant createdAt, Instant writtenAt) {
    this.id = id;
    this.type = type;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.writtenAt = writtenAt;
  }

  /** Remembers the record as it is now, written at {@code now}, for the lagging search index. */
  void remember(Instant now) {
    StoredObject v = new StoredObject(id, type, createdAt, now);
    v.properties.putAll(properties);
    v.updatedAt = updatedAt;
    v.archivedAt = archivedAt;
    versions.addLast(v);
  }

  /** Makes the search index show this record's latest write {@code extra} later. */
  public void indexLater(java.time.Duration extra) {
    if (!versions.isEmpty()) {
      versions.peekLast().writtenAt = versions.peekLast().writtenAt.plus(extra);
    }
  }

  /**
   * The record as the search index shows it when it holds every write made up to {@code
   * indexedUpTo}, or null when it held none of them; forgets versions no search will show again. A
   * record written while the index kept up shows as it is.
   */
  StoredObject indexed(Instant indexedUpTo) {
    if (versions.isEmpty()) {
      return this;
    }
    StoredObject shown = null;
    while (!versions.isEmpty() && !versions.peekFirst().writtenAt.isAfter(indexedUpTo)) {
      shown = versions.pollFirst();
    }
    if (shown != null) {
      versions.addFirst(shown);
      return shown;
    }
    return null;
  }

  /** The record id. */
  public String id() {
    return Long.toString(id);
  }

  /** The numeric id. */
  public long numericId() {
    return id;
  }

  /** A copy of every property value. */
  public Map<String, String> properties() {
    return new LinkedHashMap<>(properties);
  }

  /** The value of {@code property}, or null. */
  public String value(String property) {
    return properties.get(property);
  }

  /** True when archived (deleted). */
  public boolean archived() {
    return archivedAt != null;
  }

  /**
   * The record as HubSpot returns it, holding {@code requested} properties (null values for
   * requested ones it lacks), or the type's defaults when {@code requested} is empty.
   */
  public ObjectNode toJson(Collection<String> requested) {
    ObjectNode n = Json.object();
    n.put("id", id());
    ObjectNode props = n.putObject("properties");
    Collection<String> names = requested.isEmpty() ? type.defaultProperties() : requested;
    for (String name : names) {
      String v = properties.get(name);
      if (v != null || !requested.isEmpty()) {
        props.put(name, v);
      }
    }
    n.put("createdAt", Bodies.iso(createdAt));
    n.put("updatedAt", Bodies.iso(updatedAt));
    n.put("archived", archived());
    if (archived()) {
      n.put("archivedAt", Bodies.iso(archivedAt));
    }
    return n;
  }
}
