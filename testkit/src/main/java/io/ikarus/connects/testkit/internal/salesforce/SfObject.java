package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.Extent;

/**
 * A declared sObject type at run time: its schema and its records.
 *
 * @param schema the declaration
 * @param extent the records
 */
record SfObject(SObjectSchema schema, Extent extent) {

  String name() {
    return schema.name();
  }

  /** The field named {@code name} (case-insensitive) or an {@code INVALID_FIELD} failure. */
  SObjectField fieldOrFail(String name) {
    return schema
        .field(name)
        .orElseThrow(
            () ->
                SfFailure.badRequest(
                    "INVALID_FIELD",
                    "No such column '" + name + "' on sobject of type " + schema.name()));
  }
}
