package io.ikarus.connects.testkit.internal.hubspot;

import java.util.List;

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
        name.toUpperCase(java.util.Locale.ROOT),
        "hs_createdate",
        "hs_lastmodifieddate",
        List.of("hs_createdate", "hs_lastmodifieddate", "hs_object_id"));
  }
}
