package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import java.util.ArrayList;
import java.util.Collection;
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
   * @param attributes the {@code value} rows of {@code /Attributes}
   * @param keyColumns the columns of the table's alternate keys
   * @param options picklist option values by column
   * @param label the table's display name, or null
   */
  public static ObjectSchema schema(
      EntityInfo info,
      List<Map<String, Object>> attributes,
      Set<String> keyColumns,
      Map<String, List<String>> options,
      String label) {
    List<FieldSchema> fields = new ArrayList<>();
    for (Map<String, Object> a : attributes) {
      String name = (String) a.get("LogicalName");
      String type = String.valueOf(a.get("AttributeType"));
      boolean lookup = type.equals("Lookup") || type.equals("Customer") || type.equals("Owner");
      boolean primary = Boolean.TRUE.equals(a.get("IsPrimaryId"));
      String level = String.valueOf(nested(a.get("RequiredLevel"), "Value"));
      fields.add(
          new FieldSchema(
              lookup ? "_" + name + "_value" : name,
              label(a.get("DisplayName"), name),
              primary
                  ? FieldType.ID
                  : type(type, String.valueOf(nested(a.get("AttributeTypeName"), "Value"))),
              type,
              !primary && (level.equals("SystemRequired") || level.equals("ApplicationRequired")),
              !lookup && Boolean.TRUE.equals(a.get("IsValidForCreate")),
              !lookup && Boolean.TRUE.equals(a.get("IsValidForUpdate")),
              keyColumns.contains(name),
              options.getOrDefault(name, List.of())));
    }
    return new ObjectSchema(info.entitySetName(), label, info.primaryId(), fields);
  }

  /** The user-localized label inside a {@code DisplayName}, or {@code fallback}. */
  public static String label(Object displayName, String fallback) {
    Object label = nested(nested(displayName, "UserLocalizedLabel"), "Label");
    return label == null ? fallback : label.toString();
  }

  /** The option values of one picklist's {@code OptionSet}, as strings. */
  public static List<String> optionValues(Object optionSet) {
    Object options = nested(optionSet, "Options");
    List<String> values = new ArrayList<>();
    if (options instanceof Collection<?> c) {
      for (Object o : c) {
        values.add(String.valueOf(nested(o, "Value")));
      }
    }
    return values;
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

  private static Object nested(Object map, String key) {
    return map instanceof Map<?, ?> m ? m.get(key) : null;
  }
}
