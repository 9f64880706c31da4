package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the caller's fields into a Pipedrive write body: custom fields named by display name (or
 * hash) go under their hash key, into {@code custom_fields} on v2 and at the root on v1 leads;
 * values are converted to the field's wire type; a person's {@code email} and {@code phone} become
 * the primary entry of {@code emails} and {@code phones}. Read-only stamps ({@code id}, {@code
 * add_time}, {@code update_time}, {@code is_deleted}) are left out, so a record read back can be
 * written again.
 */
public final class RecordEncoder {

  private static final Set<String> READ_ONLY =
      Set.of("id", "add_time", "update_time", "is_deleted");

  private RecordEncoder() {}

  /** The field names of {@code fields} that {@code catalog} does not know (empty: none). */
  public static List<String> unknown(
      Entity entity, Map<String, Object> fields, FieldCatalog catalog) {
    List<String> unknown = new ArrayList<>();
    if (catalog.isEmpty()) {
      return unknown;
    }
    for (String name : fields.keySet()) {
      if (!READ_ONLY.contains(name) && !virtual(entity, name) && catalog.resolve(name).isEmpty()) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  /**
   * The write body.
   *
   * @throws ValidationException naming every unknown field and every value of the wrong type
   */
  public static Map<String, Object> encode(
      Entity entity, Map<String, Object> fields, FieldCatalog catalog, ErrorContext context) {
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> custom = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    fields.forEach(
        (name, value) -> {
          if (READ_ONLY.contains(name)) {
            return;
          }
          if (virtual(entity, name)) {
            contact(body, name, value);
            return;
          }
          put(name, value, catalog, body, custom, errors);
        });
    if (!errors.isEmpty()) {
      throw new ValidationException(
          "Pipedrive " + entity.path() + " refuses " + errors, context, errors);
    }
    if (!custom.isEmpty()) {
      if (entity.v2()) {
        body.put("custom_fields", custom);
      } else {
        body.putAll(custom);
      }
    }
    return body;
  }

  private static void put(
      String name,
      Object value,
      FieldCatalog catalog,
      Map<String, Object> body,
      Map<String, Object> custom,
      List<FieldError> errors) {
    if (catalog.isEmpty()) {
      body.put(name, value);
      return;
    }
    FieldInfo field = catalog.resolve(name).orElse(null);
    if (field == null) {
      errors.add(new FieldError(name, "UNKNOWN_FIELD", "no field named '" + name + "'"));
      return;
    }
    try {
      Object wire = WireValues.write(field, value);
      (field.custom() ? custom : body).put(field.key(), wire);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(name, "INVALID_VALUE", e.getMessage()));
    }
  }

  private static boolean virtual(Entity entity, String name) {
    return entity == Entity.PERSONS && (name.equals("email") || name.equals("phone"));
  }

  private static void contact(Map<String, Object> body, String name, Object value) {
    String list = name + "s";
    if (value == null) {
      body.putIfAbsent(list, List.of());
      return;
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("value", value.toString());
    entry.put("label", "work");
    entry.put("primary", true);
    body.putIfAbsent(list, List.of(entry));
  }
}
