package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;

/** The value shapes API v2 accepts for each custom field type. */
final class PdCustomTypes {

  private PdCustomTypes() {}

  /** True when {@code value} (not null) fits {@code field}'s type. */
  static boolean accepts(PdField field, JsonNode value) {
    return switch (field.type()) {
      case "varchar", "varchar_auto", "text", "phone" -> text(value, field.type());
      case "date" -> value.isTextual() && PdValues.isDate(value.asText());
      case "double" -> value.isNumber();
      case "user", "org", "people" -> value.isIntegralNumber();
      case "enum" -> value.isIntegralNumber() && option(field, value.asLong());
      case "set" -> set(field, value);
      case "monetary" -> value.isObject() && value.path("value").isNumber();
      case "address", "time", "timerange", "daterange" -> value.isObject() && value.has("value");
      default -> false;
    };
  }

  private static boolean text(JsonNode value, String type) {
    return value.isTextual() && (!type.equals("varchar") || value.asText().length() <= 255);
  }

  private static boolean set(PdField field, JsonNode value) {
    if (!value.isArray()) {
      return false;
    }
    for (JsonNode item : value) {
      if (!item.isIntegralNumber() || !option(field, item.asLong())) {
        return false;
      }
    }
    return true;
  }

  private static boolean option(PdField field, long id) {
    return field.options().stream().anyMatch(o -> o.id() == id);
  }
}
