package io.ikarus.connects;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of an object type and its fields.
 *
 * @param name the object's API name
 * @param label the human label
 * @param idField the name of the id field
 * @param fields the fields, in the vendor's order
 */
public record ObjectSchema(String name, String label, String idField, List<FieldSchema> fields) {

  /** Validates and copies. */
  public ObjectSchema {
    Objects.requireNonNull(name, "name");
    label = label == null ? name : label;
    Objects.requireNonNull(idField, "idField");
    fields = List.copyOf(fields);
  }

  /** Returns the field named {@code name}, if any. */
  public Optional<FieldSchema> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The fields a create must supply. */
  public List<FieldSchema> requiredFields() {
    return fields.stream().filter(FieldSchema::required).toList();
  }
}
