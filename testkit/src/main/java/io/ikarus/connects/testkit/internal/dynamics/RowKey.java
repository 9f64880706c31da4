package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a request names one row: by primary id, or by the columns of an alternate key.
 *
 * @param id the primary id, or null for an alternate key
 * @param columns the alternate-key columns and their values, empty for a primary id
 */
record RowKey(UUID id, Map<String, Object> columns) {

  /**
   * Characters that make GET, PATCH and upsert by an alternate key fail ("Work with alternate
   * keys", Microsoft Learn), even percent-encoded.
   */
  private static final Pattern RESERVED = Pattern.compile("[/<>*%&:\\\\?+]");

  /** The key of the row with primary id {@code id}. */
  static RowKey of(UUID id) {
    return new RowKey(id, Map.of());
  }

  /** Reads {@code accounts(<guid>)} or {@code accounts(accountnumber='A-1')} of table {@code e}. */
  static RowKey of(EntityDef e, ResourcePath.Segment segment) {
    if (segment.hasGuid()) {
      return of(segment.guid());
    }
    Map<String, Object> pairs = segment.pairs();
    if (pairs.size() == 1 && pairs.containsKey(e.primaryId())) {
      return of(ResourcePath.guid(pairs.get(e.primaryId()).toString()));
    }
    if (pairs.size() != 1 || !e.keys().contains(pairs.keySet().iterator().next())) {
      throw ODataException.badRequest(
          "The key '"
              + segment.key()
              + "' does not match any alternate key defined for the entity '"
              + e.logicalName()
              + "'.");
    }
    Object value = pairs.values().iterator().next();
    if (value instanceof String text && RESERVED.matcher(text).find()) {
      throw ODataException.badRequest(
          "The alternate key value contains a character Dataverse does not accept in a URL"
              + " (one of / < > * % & : \\ ? +); query the row and address it by its id.");
    }
    return new RowKey(null, pairs);
  }

  /** The stored row this key names, or null. */
  StoredRecord find(EntityDef e, DataverseStore store) {
    if (id != null) {
      return store.get(e.entitySetName(), id);
    }
    Map.Entry<String, Object> k = columns.entrySet().iterator().next();
    for (StoredRecord row : store.rows(e.entitySetName())) {
      Object v = row.get(k.getKey());
      if (v != null && ODataValues.compare(v, ODataValues.literal(k.getValue())) == 0) {
        return row;
      }
    }
    return null;
  }

  /** The stored row this key names, or Dataverse's 404. */
  StoredRecord require(EntityDef e, DataverseStore store) {
    StoredRecord row = find(e, store);
    if (row == null) {
      throw ODataException.notFound(e.logicalName(), describe());
    }
    return row;
  }

  /** The key as text, for error messages. */
  String describe() {
    return id != null ? id.toString() : columns.toString();
  }
}
