package io.ikarus.connects.testkit.internal.dynamics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON for the Dataverse fake: decimals as BigDecimal so that money never rounds. */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /** Parses a JSON object; a malformed body is a 400 like Dataverse's. */
  static Map<String, Object> object(String body) {
    try {
      Map<String, Object> m =
          MAPPER.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {});
      if (m == null) {
        throw ODataException.badRequest("The request body must be a JSON object.");
      }
      return m;
    } catch (JsonProcessingException e) {
      throw ODataException.badRequest("Error parsing the request body: " + e.getOriginalMessage());
    }
  }

  /** Parses a JSON array; a malformed one is a 400. */
  static java.util.List<Object> array(String text) {
    try {
      return MAPPER.readValue(text, new TypeReference<java.util.List<Object>>() {});
    } catch (JsonProcessingException e) {
      throw ODataException.badRequest("Invalid JSON array: " + e.getOriginalMessage());
    }
  }

  /** Writes any value as JSON. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The OData error body. */
  static String error(String code, String message) {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("code", code);
    inner.put("message", message);
    return write(Map.of("error", inner));
  }
}
