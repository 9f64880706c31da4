package io.ikarus.connects;

import java.util.List;
import java.util.Objects;

/**
 * The description of one field of an object.
 *
 * @param name the field's API name
 * @param label the human label, or the name when the vendor has none
 * @param type the portable type
 * @param nativeType the vendor's own type name
 * @param required true when a create must supply a value
 * @param createable true when the field can be set on create
 * @param updateable true when the field can be changed by update
 * @param externalId true when the field can key an upsert
 * @param picklistValues the allowed values of a picklist, else empty
 */
public record FieldSchema(
    String name,
    String label,
    FieldType type,
    String nativeType,
    boolean required,
    boolean createable,
    boolean updateable,
    boolean externalId,
    List<String> picklistValues) {

  /** Validates and copies. */
  public FieldSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    label = label == null ? name : label;
    nativeType = nativeType == null ? type.name().toLowerCase(java.util.Locale.ROOT) : nativeType;
    picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
  }

  /** A plain optional, writable field of {@code type}. */
  public static FieldSchema of(String name, FieldType type) {
    return new FieldSchema(name, name, type, null, false, true, true, false, List.of());
  }
}
