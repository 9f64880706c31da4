package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.salesforce.internal.dto.DescribeResult;
import java.util.Locale;
import java.util.Map;

/**
 * Converts a Salesforce describe to an {@link ObjectSchema}. A field is required when a create must
 * supply it: not nillable, createable, and not defaulted on create. A field can key an upsert when
 * it is flagged External ID, or is an {@code idLookup} field other than the record id.
 */
public final class SchemaMapper {

  private static final Map<String, FieldType> TYPES =
      Map.ofEntries(
          Map.entry("id", FieldType.ID),
          Map.entry("string", FieldType.STRING),
          Map.entry("textarea", FieldType.STRING),
          Map.entry("encryptedstring", FieldType.STRING),
          Map.entry("combobox", FieldType.STRING),
          Map.entry("email", FieldType.EMAIL),
          Map.entry("phone", FieldType.PHONE),
          Map.entry("url", FieldType.URL),
          Map.entry("int", FieldType.INTEGER),
          Map.entry("long", FieldType.INTEGER),
          Map.entry("double", FieldType.DECIMAL),
          Map.entry("percent", FieldType.DECIMAL),
          Map.entry("currency", FieldType.CURRENCY),
          Map.entry("boolean", FieldType.BOOLEAN),
          Map.entry("date", FieldType.DATE),
          Map.entry("datetime", FieldType.DATETIME),
          Map.entry("picklist", FieldType.PICKLIST),
          Map.entry("multipicklist", FieldType.MULTI_PICKLIST),
          Map.entry("reference", FieldType.REFERENCE));

  private SchemaMapper() {}

  /** Converts the describe of one object. */
  public static ObjectSchema toSchema(DescribeResult describe) {
    return new ObjectSchema(
        describe.name(),
        describe.label(),
        "Id",
        describe.fields().stream().map(SchemaMapper::field).toList());
  }

  private static FieldSchema field(DescribeResult.Field f) {
    String nativeType = f.type() == null ? "anyType" : f.type();
    FieldType type = TYPES.getOrDefault(nativeType.toLowerCase(Locale.ROOT), FieldType.OTHER);
    boolean required = !f.nillable() && f.createable() && !f.defaultedOnCreate();
    boolean key = f.externalId() || (f.idLookup() && type != FieldType.ID);
    return new FieldSchema(
        f.name(),
        f.label(),
        type,
        nativeType,
        required,
        f.createable(),
        f.updateable(),
        key,
        f.picklistValues().stream()
            .filter(DescribeResult.PicklistValue::active)
            .map(DescribeResult.PicklistValue::value)
            .toList());
  }
}
