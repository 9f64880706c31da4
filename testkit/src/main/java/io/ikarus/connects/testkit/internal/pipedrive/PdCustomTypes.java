package io.ikarus.connects.testkit.internal.pipedrive;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.BiPredicate;

/** The custom field types and the value shapes API v2 accepts for each. */
final class PdCustomTypes {

  private static final BiPredicate<PdField, JsonNode> TEXT = (f, v) -> v.isTextual();
  private static final BiPredicate<PdField, JsonNode> ID = (f, v) -> v.isIntegralNumber();
  private static final BiPredicate<PdField, JsonNode> VALUE =
      (f, v) -> v.isObject() && v.has("value");

  private static final Map<String, BiPredicate<PdField, JsonNode>> ACCEPTS =
      Map.ofEntries(
          entry("varchar", (f, v) -> v.isTextual() && v.asText().length() <= 255),
          entry("varchar_auto", TEXT),
          entry("text", TEXT),
          entry("phone", TEXT),
          entry("date", (f, v) -> PdType.DATE.accepts(v)),
          entry("double", (f, v) -> v.isNumber()),
          entry("monetary", (f, v) -> v.isObject() && v.path("value").isNumber()),
          entry("user", ID),
          entry("org", ID),
          entry("people", ID),
          entry("enum", PdCustomTypes::isOption),
          entry("set", (f, v) -> PdType.all(v, item -> isOption(f, item))),
          entry("address", VALUE),
          entry("time", VALUE),
          entry("timerange", VALUE),
          entry("daterange", VALUE));

  private PdCustomTypes() {}

  /** True when {@code type} is a custom field type. */
  static boolean exists(String type) {
    return ACCEPTS.containsKey(type);
  }

  /** True when {@code value} (not null) fits {@code field}'s type. */
  static boolean accepts(PdField field, JsonNode value) {
    return ACCEPTS.get(field.type()).test(field, value);
  }

  private static boolean isOption(PdField field, JsonNode value) {
    return value.isIntegralNumber()
        && field.options().stream().anyMatch(o -> o.id() == value.asLong());
  }
}
