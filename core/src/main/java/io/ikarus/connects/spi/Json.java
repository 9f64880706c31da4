package io.ikarus.connects.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ikarus.connects.internal.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON for connector authors, without exposing the JSON library: parse to plain Java values, bind
 * to your own records or beans, encode back. Decimals parse as {@link java.math.BigDecimal} so that
 * currency does not round; unknown properties are ignored when binding; {@link java.time} values
 * are written as ISO-8601 strings. Thread-safe.
 *
 * <pre>{@code
 * record SaveResult(String id, boolean success, List<Map<String, Object>> errors) {}
 * SaveResult r = Json.read(response.bodyString(), SaveResult.class);
 * }</pre>
 */
public final class Json {

  private Json() {}

  /**
   * Parses JSON text to {@code Map<String, Object>}, {@code List<Object>}, String, {@link
   * java.math.BigDecimal} / Integer / Long / BigInteger, Boolean or null.
   *
   * @throws IllegalArgumentException when the text is not valid JSON (the message never quotes it)
   */
  public static Object parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses UTF-8 JSON bytes; see {@link #parse(String)}. */
  public static Object parse(byte[] json) {
    try {
      return JsonMapper.parse(json);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /**
   * Parses a JSON object.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("expected a JSON object, got " + kind(value));
    }
    return (Map<String, Object>) value;
  }

  /** Binds JSON text to {@code type} (a record, bean, Map, List, or simple value). */
  public static <T> T read(String json, Class<T> type) {
    try {
      return JsonMapper.read(json.getBytes(StandardCharsets.UTF_8), type);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /** Binds a JSON array to a list of {@code elementType}. */
  public static <T> List<T> readList(String json, Class<T> elementType) {
    try {
      return JsonMapper.readList(json.getBytes(StandardCharsets.UTF_8), elementType);
    } catch (IOException e) {
      throw invalid(e);
    }
  }

  /** Binds an already parsed value (such as a Map from {@link #parse}) to {@code type}. */
  public static <T> T convert(Object value, Class<T> type) {
    try {
      return JsonMapper.convert(value, type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cannot bind " + kind(value) + " to " + type.getSimpleName() + ": " + rootMessage(e));
    }
  }

  /** Encodes a value (Map, List, record, bean, simple value) to JSON text. */
  public static String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /** Encodes a value to UTF-8 JSON bytes. */
  public static byte[] writeBytes(Object value) {
    try {
      return JsonMapper.write(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "value cannot be encoded as JSON: " + e.getOriginalMessage());
    }
  }

  private static IllegalArgumentException invalid(IOException e) {
    // Jackson's own messages can quote the offending text, which may be a secret: never use them.
    String reason =
        e instanceof com.fasterxml.jackson.core.io.JsonEOFException
            ? "unexpected end of input"
            : "invalid syntax";
    String where =
        e instanceof JsonProcessingException j && j.getLocation() != null
            ? " at line "
                + j.getLocation().getLineNr()
                + ", column "
                + j.getLocation().getColumnNr()
            : "";
    return new IllegalArgumentException("malformed JSON: " + reason + where);
  }

  private static String rootMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
        return "mismatched value at " + m.getPathReference();
      }
    }
    return "mismatched value";
  }

  private static String kind(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
