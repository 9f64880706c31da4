package io.ikarus.connects.testkit.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record in an {@link ObjectStore}: server-assigned id, field values (nulls allowed), creation
 * and modification stamps, and a deletion stamp when it is a tombstone. Mutated only by its {@link
 * Extent}, under the server lock.
 */
public final class StoredRecord {

  private final String id;
  private final String type;
  private final Map<String, Object> fields;
  private final Instant createdAt;
  private Instant modifiedAt;
  private Instant deletedAt;

  StoredRecord(String id, String type, Map<String, Object> fields, Instant createdAt) {
    this.id = id;
    this.type = type;
    this.fields = new LinkedHashMap<>(fields);
    this.createdAt = createdAt;
    this.modifiedAt = createdAt;
  }

  private StoredRecord(StoredRecord other) {
    this(other.id, other.type, other.fields, other.createdAt);
    this.modifiedAt = other.modifiedAt;
    this.deletedAt = other.deletedAt;
  }

  /** The server-assigned id. */
  public String id() {
    return id;
  }

  /** The object type, canonical name. */
  public String type() {
    return type;
  }

  /** A read-only view of the field values. */
  public Map<String, Object> fields() {
    return Collections.unmodifiableMap(fields);
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

  /** True when the record is a tombstone. */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  StoredRecord copy() {
    return new StoredRecord(this);
  }

  void restore(StoredRecord snapshot) {
    fields.clear();
    fields.putAll(snapshot.fields);
    modifiedAt = snapshot.modifiedAt;
    deletedAt = snapshot.deletedAt;
  }

  void apply(Map<String, Object> changes, Instant now) {
    fields.putAll(changes);
    modifiedAt = now;
  }

  void markDeleted(Instant now) {
    deletedAt = now;
    modifiedAt = now;
  }
}
