package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The wire types of standard fields, checked strictly as API v2 does (no numeric strings, no 1/0
 * booleans), with the phrase an error uses and the type the Fields API lists.
 */
enum PdType {
  STRING("a string", "varchar", JsonNode::isTextual),
  INT("an integer", "int", JsonNode::isIntegralNumber),
  NUMBER("a number", "double", JsonNode::isNumber),
  BOOLEAN("a boolean (true or false)", "boolean", JsonNode::isBoolean),
  DATE("a date (YYYY-MM-DD)", "date", v -> v.isTextual() && isDate(v.asText())),
  INT_LIST("an array of integers", "set", v -> all(v, JsonNode::isIntegralNumber)),
  STRING_LIST("an array of strings", "set", v -> all(v, JsonNode::isTextual)),
  CONTACTS(
      "an array of {value, label, primary} objects",
      "phone",
      v -> all(v, c -> c.isObject() && c.path("value").isTextual())),
  OBJECT("an object", "json", JsonNode::isObject),
  OBJECT_LIST("an array of objects", "json", v -> all(v, JsonNode::isObject));

  private static final Pattern DATE_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String description;
  private final String fieldType;
  private final Predicate<JsonNode> accepts;

  PdType(String description, String fieldType, Predicate<JsonNode> accepts) {
    this.description = description;
    this.fieldType = fieldType;
    this.accepts = accepts;
  }

  /** The 400 for a {@code value} of field {@code key} that does not have this type. */
  PdFailure refusal(String key, JsonNode value) {
    return PdFailure.badRequest(
        "Parameter '" + key + "' must be " + description + ", got " + value);
  }

  /** The type the Fields API lists: {@code varchar}, {@code int}, ... */
  String fieldType() {
    return fieldType;
  }

  /** True when the non-null {@code value} has this type. */
  boolean accepts(JsonNode value) {
    return accepts.test(value);
  }

  private static boolean isDate(String text) {
    return DATE_FORMAT.matcher(text).matches();
  }

  /** True when {@code value} is an array whose every item passes {@code item}. */
  static boolean all(JsonNode value, Predicate<JsonNode> item) {
    return value.isArray() && value.valueStream().allMatch(item);
  }
}
