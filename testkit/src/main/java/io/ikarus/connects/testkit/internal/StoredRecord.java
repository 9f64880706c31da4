package io.ikarus.connects.testkit.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record in an {@link ObjectStore}: server-assigned id, field values (nulls allowed), creation
 * and modification stamps, a deletion stamp when it is a tombstone, and the store-wide version of
 * its last write (an etag, a change-tracking position). A write replaces the field map, so a map
 * read from {@link #fields()} is a snapshot that later writes leave alone. Mutated only by its
 * {@link Extent}, under the server lock.
 */
public final class StoredRecord {

  private final String id;
  private final String type;
  private final Instant createdAt;
  private Map<String, Object> fields;
  private Instant modifiedAt;
  private Instant deletedAt;
  private long version;

  StoredRecord(
      String id, String type, Map<String, Object> fields, Instant createdAt, long version) {
    this.id = id;
    this.type = type;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.createdAt = createdAt;
    this.modifiedAt = createdAt;
    this.version = version;
  }

  /** The server-assigned id. */
  public String id() {
    return id;
  }

  /** The object type, canonical name. */
  public String type() {
    return type;
  }

  /** The field values as of the last write, read-only. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** One field value, or null. */
  public Object get(String field) {
    return fields.get(field);
  }

  /** When the record was created. */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the record was last modified (or deleted). */
  public Instant modifiedAt() {
    return modifiedAt;
  }

  /** When the record was deleted, or null while it is live. */
  public Instant deletedAt() {
    return deletedAt;
  }

  /** The store-wide version of the record's last write: higher is later. */
  public long version() {
    return version;
  }

  /** True when the record is a tombstone. */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** A frozen copy of the record as it is now, which later writes leave alone. */
  public StoredRecord snapshot() {
    StoredRecord copy = new StoredRecord(id, type, Map.of(), createdAt, version);
    copy.restore(this);
    return copy;
  }

  void restore(StoredRecord snapshot) {
    fields = snapshot.fields;
    modifiedAt = snapshot.modifiedAt;
    deletedAt = snapshot.deletedAt;
    version = snapshot.version;
  }

  void apply(Map<String, Object> changes, Instant now, long newVersion) {
    Map<String, Object> merged = new LinkedHashMap<>(fields);
    merged.putAll(changes);
    fields = Collections.unmodifiableMap(merged);
    modifiedAt = now;
    version = newVersion;
  }

  void markDeleted(Instant now, long newVersion) {
    deletedAt = now;
    modifiedAt = now;
    version = newVersion;
  }
}
