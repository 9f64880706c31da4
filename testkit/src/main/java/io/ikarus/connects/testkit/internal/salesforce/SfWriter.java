package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Validates and applies writes the way Salesforce orders its checks: unknown field, field not
 * writable, value shape, required fields, then unique values. Every failure is an {@link SfFailure}
 * carrying the real error code.
 */
final class SfWriter {

  private SfWriter() {}

  /**
   * Converts raw input values (JSON nodes or CSV text, through {@code converter}) into stored
   * values keyed by canonical field names, checking writability for a create or an update.
   */
  static <V> Map<String, Object> convert(
      SfObject object,
      Map<String, V> input,
      boolean create,
      BiFunction<SObjectField, V, Object> converter) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, V> e : input.entrySet()) {
      SObjectField field = object.fieldOrFail(e.getKey());
      if (create ? !field.createable() : !field.updateable()) {
        throw SfFailure.field(
            "INVALID_FIELD_FOR_INSERT_UPDATE",
            "Unable to create/update fields: "
                + field.name()
                + ". Please check the security settings of this field and verify that it is"
                + " read/write for your profile or permission set.",
            field.name());
      }
      values.put(field.name(), converter.apply(field, e.getValue()));
    }
    return values;
  }

  /** Inserts a record after the required-field and unique checks. */
  static StoredRecord create(SfObject object, Map<String, Object> values) {
    Map<String, Object> all = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (SObjectField field : object.schema().fields()) {
      if (!field.createable()) {
        continue;
      }
      Object value = values.get(field.name());
      if (value == null && !values.containsKey(field.name()) && field.defaultedOnCreate()) {
        value = field.defaultValue();
      }
      if (value == null && field.requiredOnCreate()) {
        missing.add(field.name());
      }
      if (values.containsKey(field.name()) || value != null) {
        all.put(field.name(), value);
      }
    }
    requirePresent(missing);
    checkUnique(object, all, null);
    return object.extent().insert(all);
  }

  /** Updates a live record after the required-field and unique checks. */
  static void update(SfObject object, StoredRecord record, Map<String, Object> values) {
    List<String> missing = new ArrayList<>();
    values.forEach(
        (name, value) -> {
          if (value == null && !object.fieldOrFail(name).nillable()) {
            missing.add(name);
          }
        });
    requirePresent(missing);
    checkUnique(object, values, record.id());
    object.extent().update(record, values);
  }

  /**
   * Writes an upsert whose live {@code matches} were found (several are the caller's error):
   * updates the one match, or creates a record with {@code field} set to {@code key}; returns the
   * written id and whether the record was created.
   */
  static <V> Upserted upsert(
      SfObject object,
      SObjectField field,
      String key,
      List<StoredRecord> matches,
      Map<String, V> input,
      BiFunction<SObjectField, V, Object> converter) {
    if (matches.size() == 1) {
      update(object, matches.get(0), convert(object, input, false, converter));
      return new Upserted(matches.get(0).id(), false);
    }
    Map<String, Object> values = new LinkedHashMap<>(convert(object, input, true, converter));
    values.put(field.name(), SfValues.fromText(field, key));
    return new Upserted(create(object, values).id(), true);
  }

  /**
   * The outcome of an upsert.
   *
   * @param id the written record's id
   * @param created true when the record was created
   */
  record Upserted(String id, boolean created) {}

  private static void requirePresent(List<String> missing) {
    if (!missing.isEmpty()) {
      throw new SfFailure(
          400,
          new SfError(
              "REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing));
    }
  }

  private static void checkUnique(SfObject object, Map<String, Object> values, String selfId) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      SObjectField field = object.fieldOrFail(e.getKey());
      if (!field.unique() || e.getValue() == null) {
        continue;
      }
      for (StoredRecord other : object.extent().lookup(field.name(), e.getValue())) {
        if (!other.id().equals(selfId)) {
          throw new SfFailure(
              400,
              new SfError(
                  "DUPLICATE_VALUE",
                  "duplicate value found: "
                      + field.name()
                      + " duplicates value on record with id: "
                      + other.id(),
                  List.of()));
        }
      }
    }
  }
}
