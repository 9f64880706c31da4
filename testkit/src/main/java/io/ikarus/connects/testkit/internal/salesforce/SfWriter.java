package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
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
  static Written create(SfObject object, Map<String, Object> values) {
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
    return new Written(object.extent().insert(all).id(), true);
  }

  /** Updates a live record after the required-field and unique checks. */
  static Written update(SfObject object, StoredRecord record, Map<String, Object> values) {
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
    return new Written(record.id(), false);
  }

  /** Deletes a live record (it stays in the recycle bin). */
  static Written delete(SfObject object, StoredRecord record) {
    object.extent().delete(record);
    return new Written(record.id(), false);
  }

  /**
   * Writes an upsert whose live {@code matches} were found (several are the caller's error):
   * updates the one match, or creates a record with {@code field} set to {@code key}.
   */
  static <V> Written upsert(
      SfObject object,
      SObjectField field,
      String key,
      List<StoredRecord> matches,
      Map<String, V> input,
      BiFunction<SObjectField, V, Object> converter) {
    if (matches.size() == 1) {
      return update(object, matches.get(0), convert(object, input, false, converter));
    }
    Map<String, Object> values = new LinkedHashMap<>(convert(object, input, true, converter));
    values.put(field.name(), SfValues.fromText(field, key));
    return create(object, values);
  }

  /**
   * The outcome of one write.
   *
   * @param id the written record's id
   * @param created true when the record was created
   */
  record Written(String id, boolean created) {

    /** The save result {@code {id, success, errors}}, with {@code created} when {@code flag}. */
    ObjectNode saveResult(boolean flag) {
      ObjectNode node = Json.object().put("id", id).put("success", true);
      node.putArray("errors");
      return flag ? node.put("created", created) : node;
    }
  }

  private static void requirePresent(List<String> missing) {
    if (!missing.isEmpty()) {
      throw SfFailure.field(
          "REQUIRED_FIELD_MISSING",
          "Required fields are missing: " + missing,
          missing.toArray(String[]::new));
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
          throw SfFailure.field(
              "DUPLICATE_VALUE",
              "duplicate value found: "
                  + field.name()
                  + " duplicates value on record with id: "
                  + other.id());
        }
      }
    }
  }
}
