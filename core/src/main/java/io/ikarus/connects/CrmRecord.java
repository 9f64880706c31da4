package io.ikarus.connects;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable CRM record: its object type, id, field values, last-modified time and, where the
 * vendor has one, its version token.
 *
 * <p>Field values may be {@code null}: a null is CRM data ("this field is empty"), distinct from an
 * absent key ("this field was not read"). Field order is kept as given.
 *
 * @param object the object type, such as {@code "Contact"}; never null
 * @param id the record's id, or null for a record not yet written
 * @param fields the field values; copied, unmodifiable, may hold null values
 * @param modifiedAt when the record was last modified, or null when unknown
 * @param version the vendor's version of the record as read (Dataverse's {@code @odata.etag},
 *     Salesforce's {@code LastModifiedDate}), for {@link CrmConnector#updateAllIfUnchanged}; null
 *     when unknown
 */
public record CrmRecord(
    String object, String id, Map<String, Object> fields, Instant modifiedAt, String version) {

  /** Validates and copies. */
  public CrmRecord {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(fields, "fields");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A record without a version. */
  public CrmRecord(String object, String id, Map<String, Object> fields, Instant modifiedAt) {
    this(object, id, fields, modifiedAt, null);
  }

  /** Returns a record with no known modification time. */
  public static CrmRecord of(String object, String id, Map<String, Object> fields) {
    return new CrmRecord(object, id, fields, null);
  }

  /** Returns the value of {@code field}, or null when it is null or absent. */
  public Object field(String field) {
    return fields.get(field);
  }

  /** Returns a copy of this record with {@code id}. */
  public CrmRecord withId(String id) {
    return new CrmRecord(object, id, fields, modifiedAt, version);
  }

  /** Returns a copy of this record with {@code fields} in place of its own. */
  public CrmRecord withFields(Map<String, Object> fields) {
    return new CrmRecord(object, id, fields, modifiedAt, version);
  }

  /** Returns a copy of this record with {@code version} (null: unknown). */
  public CrmRecord withVersion(String version) {
    return new CrmRecord(object, id, fields, modifiedAt, version);
  }
}
