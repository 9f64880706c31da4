package io.ikarus.connects.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** The fakes' shared Jackson mapper and small helpers. */
public final class Json {

  /** Strict about duplicate keys and trailing tokens, as the vendors' parsers are. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty array node. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses {@code text}; throws {@link JsonProcessingException} on malformed input. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /**
   * Parses {@code text} as a JSON value of {@code type}; a malformed text throws what {@code
   * refusal} makes of the parser's message (each vendor's 400 body).
   */
  public static <T> T read(
      String text, TypeReference<T> type, Function<String, ? extends RuntimeException> refusal) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw refusal.apply(e.getOriginalMessage());
    }
  }

  /** Reads the class-path resource {@code name} (absolute) as a JSON value of {@code type}. */
  public static <T> T resource(String name, TypeReference<T> type) {
    try (InputStream in = Json.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serializes {@code value} compactly. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
