package io.ikarus.connects.testkit.internal.dynamics;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dataverse's JSON bodies on the kit's strict mapper: decimals as BigDecimal, so money never
 * rounds.
 */
final class Json {

  private Json() {}

  /** Parses a JSON object; a malformed body is a 400 like Dataverse's. */
  static Map<String, Object> object(String body) {
    Map<String, Object> m =
        io.ikarus.connects.testkit.internal.Json.read(
            body,
            new TypeReference<LinkedHashMap<String, Object>>() {},
            why -> ODataException.badRequest("Error parsing the request body: " + why));
    if (m == null) {
      throw ODataException.badRequest("The request body must be a JSON object.");
    }
    return m;
  }

  /** Parses a JSON array; a malformed one is a 400. */
  static List<Object> array(String text) {
    return io.ikarus.connects.testkit.internal.Json.read(
        text,
        new TypeReference<List<Object>>() {},
        why -> ODataException.badRequest("Invalid JSON array: " + why));
  }

  /** Writes any value as JSON. */
  static String write(Object value) {
    return io.ikarus.connects.testkit.internal.Json.write(value);
  }

  /** The OData error body. */
  static String error(String code, String message) {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("code", code);
    inner.put("message", message);
    return write(Map.of("error", inner));
  }
}
