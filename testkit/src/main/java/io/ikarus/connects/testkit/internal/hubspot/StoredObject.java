package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HubSpot record: a shared-store record read with HubSpot's wire rules (string properties,
 * numeric ids, archiving).
 *
 * @param type the object type
 * @param record the stored record (or a search-index snapshot of it)
 */
public record StoredObject(ObjectType type, StoredRecord record) {

  /** The record id. */
  public String id() {
    return record.id();
  }

  /** The numeric id. */
  public long numericId() {
    return Long.parseLong(record.id());
  }

  /** A copy of every property that has a value. */
  public Map<String, String> properties() {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : record.fields().entrySet()) {
      if (e.getValue() != null) {
        out.put(e.getKey(), e.getValue().toString());
      }
    }
    return out;
  }

  /** The value of {@code property}, or null. */
  public String value(String property) {
    Object v = record.get(property);
    return v == null ? null : v.toString();
  }

  /** True when archived (deleted). */
  public boolean archived() {
    return record.isDeleted();
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
      String v = value(name);
      if (v != null || !requested.isEmpty()) {
        props.put(name, v);
      }
    }
    n.put("createdAt", Bodies.iso(record.createdAt()));
    n.put("updatedAt", Bodies.iso(record.modifiedAt()));
    n.put("archived", archived());
    if (archived()) {
      n.put("archivedAt", Bodies.iso(record.deletedAt()));
    }
    return n;
  }
}
