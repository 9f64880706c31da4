package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One CRM object type of the fake: a standard one (read from the standard schema file) or a custom
 * one.
 *
 * @param id the object type id, such as {@code 0-1} or {@code 2-12345}
 * @param name the plural API name, such as {@code contacts}
 * @param label the upper-case singular used in messages, such as {@code CONTACT}
 * @param createdProperty the property holding the creation time
 * @param modifiedProperty the property holding the last-modified time ({@code lastmodifieddate} for
 *     contacts, {@code hs_lastmodifieddate} for the others)
 * @param defaultProperties the properties returned when a call names none
 */
public record ObjectType(
    String id,
    String name,
    String label,
    String createdProperty,
    String modifiedProperty,
    List<String> defaultProperties) {

  /** Copies. */
  public ObjectType {
    defaultProperties = List.copyOf(defaultProperties);
  }

  /** A custom object type, addressed by {@code id} ({@code 2-...}) or {@code name}. */
  public static ObjectType custom(String id, String name) {
    return new ObjectType(
        id,
        name,
        name.toUpperCase(Locale.ROOT),
        "hs_createdate",
        "hs_lastmodifieddate",
        List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id"));
  }

  /** A record of this type as HubSpot returns it, holding every property that has a value. */
  public ObjectNode toJson(StoredRecord record) {
    return toJson(record, Records.properties(record).keySet());
  }

  /**
   * A record of this type as HubSpot returns it, holding {@code requested} properties (null values
   * for requested ones it lacks), or the type's defaults when {@code requested} is empty.
   */
  public ObjectNode toJson(StoredRecord record, Collection<String> requested) {
    ObjectNode n = Json.object();
    n.put("id", record.id());
    ObjectNode props = n.putObject("properties");
    for (String name : requested.isEmpty() ? defaultProperties : requested) {
      String v = Records.value(record, name);
      if (v != null || !requested.isEmpty()) {
        props.put(name, v);
      }
    }
    n.put("createdAt", Wire.iso(record.createdAt()));
    n.put("updatedAt", Wire.iso(record.modifiedAt()));
    n.put("archived", record.isDeleted());
    if (record.isDeleted()) {
      n.put("archivedAt", Wire.iso(record.deletedAt()));
    }
    return n;
  }
}
