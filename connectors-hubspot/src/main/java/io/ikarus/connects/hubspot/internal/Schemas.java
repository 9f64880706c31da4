package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.hubspot.internal.dto.Property;
import io.ikarus.connects.hubspot.internal.dto.PropertyPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HubSpot property definitions to {@link ObjectSchema}, and {@link FieldSchema} back to them. */
public final class Schemas {

  private Schemas() {}

  /** The schema of {@code object} from a {@code /crm/v3/properties} response. */
  public static ObjectSchema schema(String object, PropertyPage body) {
    List<FieldSchema> fields = new ArrayList<>();
    fields.add(
        new FieldSchema(
            "hs_object_id",
            "Record ID",
            FieldType.ID,
            "number",
            false,
            false,
            false,
            true,
            List.of()));
    for (Property p : body.results()) {
      FieldSchema f = field(p);
      if (!f.name().equals("hs_object_id")) {
        fields.add(f);
      }
    }
    return new ObjectSchema(object, object, "hs_object_id", fields);
  }

  /** One property definition as a field. */
  public static FieldSchema field(Property p) {
    List<String> options = new ArrayList<>();
    p.options().forEach(o -> options.add(String.valueOf(o.value())));
    return new FieldSchema(
        p.name(),
        p.label(),
        portable(p.name(), String.valueOf(p.type()), String.valueOf(p.fieldType())),
        String.valueOf(p.type()),
        false,
        !p.readOnly(),
        !p.readOnly(),
        p.hasUniqueValue(),
        options);
  }

  private static FieldType portable(String name, String type, String fieldType) {
    return switch (type) {
      case "number" -> FieldType.DECIMAL;
      case "date" -> FieldType.DATE;
      case "datetime" -> FieldType.DATETIME;
      case "bool" -> FieldType.BOOLEAN;
      case "phone_number" -> FieldType.PHONE;
      case "enumeration" ->
          switch (fieldType) {
            case "checkbox" -> FieldType.MULTI_PICKLIST;
            case "booleancheckbox" -> FieldType.BOOLEAN;
            default -> FieldType.PICKLIST;
          };
      case "string" ->
          name.equals("email")
              ? FieldType.EMAIL
              : fieldType.equals("phonenumber") ? FieldType.PHONE : FieldType.STRING;
      default -> FieldType.OTHER;
    };
  }

  /** The {@code POST /crm/v3/properties} body creating {@code field} in {@code groupName}. */
  public static Map<String, Object> definition(FieldSchema field, String groupName) {
    String[] kind = kind(field);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", HubSpotNames.property(field.name()));
    body.put("label", field.label());
    body.put("type", kind[0]);
    body.put("fieldType", kind[1]);
    body.put("groupName", groupName);
    body.put("hasUniqueValue", field.externalId());
    List<String> values =
        field.type() == FieldType.BOOLEAN ? List.of("true", "false") : field.picklistValues();
    List<Map<String, Object>> options = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      options.add(Map.of("label", values.get(i), "value", values.get(i), "displayOrder", i));
    }
    if (!options.isEmpty()) {
      body.put("options", options);
    }
    return body;
  }

  private static String[] kind(FieldSchema field) {
    return switch (field.type()) {
      case STRING, EMAIL, URL -> new String[] {"string", "text"};
      case PHONE -> new String[] {"phone_number", "phonenumber"};
      case INTEGER, DECIMAL, CURRENCY -> new String[] {"number", "number"};
      case BOOLEAN -> new String[] {"bool", "booleancheckbox"};
      case DATE -> new String[] {"date", "date"};
      case DATETIME -> new String[] {"datetime", "date"};
      case PICKLIST -> new String[] {"enumeration", "select"};
      case MULTI_PICKLIST -> new String[] {"enumeration", "checkbox"};
      default ->
          throw new ValidationException(
              "HubSpot has no property type for " + field.type(),
              ErrorContext.of("hubspot", "createProperty"),
              List.of(new FieldError(field.name(), null, "unsupported type " + field.type())));
    };
  }
}
