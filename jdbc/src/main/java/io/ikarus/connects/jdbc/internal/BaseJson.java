package io.ikarus.connects.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.sync.SyncStateException;
import java.util.Map;

/**
 * A link's merge base as JSON text. Floats read back as {@code BigDecimal}, as the file store does,
 * so a base hashes the same after a round trip.
 */
final class BaseJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private BaseJson() {}

  static String write(Map<String, Object> base) {
    if (base == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(base);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a link's base is not serialisable: " + e, e);
    }
  }

  static Map<String, Object> read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readValue(text, MAP);
    } catch (JsonProcessingException e) {
      throw new SyncStateException(
          "a stored link's base is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
