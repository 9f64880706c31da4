package io.ikarus.connects.internal.memory;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks written fields against a declared {@link ObjectSchema}, the way a vendor would. */
public final class SchemaCheck {

  private SchemaCheck() {}

  /**
   * Every problem of a write at once: fields the schema does not declare and, for a create,
   * required fields without a value.
   */
  public static List<FieldError> check(
      ObjectSchema schema, Map<String, Object> fields, boolean creating) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : fields.keySet()) {
      if (schema.field(name).isEmpty()) {
        errors.add(
            new FieldError(name, "INVALID_FIELD", "no field " + name + " on " + schema.name()));
      }
    }
    if (creating) {
      for (FieldSchema f : schema.requiredFields()) {
        if (fields.get(f.name()) == null) {
          errors.add(
              new FieldError(f.name(), "REQUIRED_FIELD_MISSING", "required field has no value"));
        }
      }
    }
    return errors;
  }
}
