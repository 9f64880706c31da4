package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.dynamics.internal.dto.Attributes.Attribute;
import io.ikarus.connects.dynamics.internal.dto.DisplayName;
import io.ikarus.connects.dynamics.internal.dto.ValueProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link ObjectSchema} from {@code EntityDefinitions} attribute metadata, alternate keys
 * and picklist options. Lookup columns are named as records carry them ({@code _x_value}) and are
 * not directly writable: they are set with {@code nav@odata.bind}.
 */
public final class SchemaMapper {

  /** The attribute properties {@code describe} selects (all on the base AttributeMetadata type). */
  public static final String ATTRIBUTE_SELECT =
      "LogicalName,AttributeType,AttributeTypeName,IsValidForCreate,IsValidForUpdate,"
          + "RequiredLevel,IsPrimaryId,DisplayName";

  private SchemaMapper() {}

  /**
   * The schema of {@code info}'s table.
   *
   * @param attributes the columns of {@code /Attributes}
   * @param keyColumns the columns of the table's alternate keys
   * @param options picklist option values by column
   * @param label the table's display name, or null
   */
  public static ObjectSchema schema(
      EntityInfo info,
      List<Attribute> attributes,
      Set<String> keyColumns,
      Map<String, List<String>> options,
      String label) {
    List<FieldSchema> fields = new ArrayList<>();
    for (Attribute a : attributes) {
      String name = a.logicalName();
      String type = String.valueOf(a.attributeType());
      boolean lookup = type.equals("Lookup") || type.equals("Customer") || type.equals("Owner");
      boolean primary = a.primaryId();
      String level = ValueProperty.of(a.requiredLevel());
      fields.add(
          new FieldSchema(
              lookup ? "_" + name + "_value" : name,
              DisplayName.text(a.displayName(), name),
              primary ? FieldType.ID : type(type, ValueProperty.of(a.attributeTypeName())),
              type,
              !primary && (level.equals("SystemRequired") || level.equals("ApplicationRequired")),
              !lookup && a.validForCreate(),
              !lookup && a.validForUpdate(),
              keyColumns.contains(name),
              options.getOrDefault(name, List.of())));
    }
    return new ObjectSchema(info.entitySetName(), label, info.primaryId(), fields);
  }

  private static FieldType type(String type, String typeName) {
    return switch (type) {
      case "String", "Memo" -> FieldType.STRING;
      case "Integer", "BigInt" -> FieldType.INTEGER;
      case "Decimal", "Double" -> FieldType.DECIMAL;
      case "Money" -> FieldType.CURRENCY;
      case "Boolean" -> FieldType.BOOLEAN;
      case "DateTime" -> FieldType.DATETIME;
      case "Lookup", "Customer", "Owner" -> FieldType.REFERENCE;
      case "Picklist", "State", "Status" -> FieldType.PICKLIST;
      case "Virtual" ->
          typeName.equals("MultiSelectPicklistType") ? FieldType.MULTI_PICKLIST : FieldType.OTHER;
      default -> FieldType.OTHER;
    };
  }
}
