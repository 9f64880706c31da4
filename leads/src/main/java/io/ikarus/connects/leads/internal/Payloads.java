package io.ikarus.connects.leads.internal;

import io.ikarus.connects.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Parsing of payloads and the default mappings shipped with the module. */
public final class Payloads {

  private Payloads() {}

  /** The JSON object in {@code body}, or null when the body is not one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(byte[] body) {
    try {
      return Json.parse(body) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code value} as a map, or an empty map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** {@code value} as a list, or an empty list. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** Text of a JSON scalar (ids arrive as numbers or strings), or null. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  /** The module's default mapping for {@code kind} (a JSON resource), in its JSON form. */
  public static Map<String, Object> defaultConfig(String kind) {
    String name = "/io/ikarus/connects/leads/mappings/" + kind + ".json";
    try (InputStream in = Payloads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no default mapping for " + kind);
      }
      return Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON bytes of {@code value} (a record read from a pull response, kept for audit). */
  public static byte[] bytes(Object value) {
    return Json.writeBytes(value);
  }
}
