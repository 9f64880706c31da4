package io.ikarus.connects.pipedrive.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Converts values between the caller's Java types and Pipedrive's strict v2 wire types, by field
 * type: numbers from numeric strings for {@code int}/{@code double} fields, enum and set labels to
 * option ids (and back on read), dates as {@code YYYY-MM-DD}.
 */
public final class WireValues {

  private WireValues() {}

  /**
   * The wire value of {@code value} for {@code field}.
   *
   * @throws IllegalArgumentException naming the problem when the value cannot be converted
   */
  public static Object write(FieldInfo field, Object value) {
    if (value == null) {
      return null;
    }
    String type = field.type() == null ? "" : field.type();
    return switch (type) {
      case "int", "user", "org", "people", "deal", "stage", "lead" -> whole(value);
      case "double" -> decimal(value);
      case "monetary" ->
          value instanceof Map<?, ?> || !field.custom()
              ? decimalOrMap(value)
              : Map.of("value", decimal(value));
      case "boolean" -> bool(value);
      case "enum" -> option(field, value);
      case "set" -> options(field, value);
      case "date" -> date(value);
      default -> value instanceof Instant i ? i.toString() : value;
    };
  }

  /** The caller-facing value of a wire value: option ids of enum and set fields as labels. */
  public static Object read(FieldInfo field, Object value) {
    if (value == null || field.options().isEmpty()) {
      return value;
    }
    if ("enum".equals(field.type()) && value instanceof Number n) {
      String label = field.label(n.longValue());
      return label == null ? value : label;
    }
    if ("set".equals(field.type()) && value instanceof Collection<?> ids) {
      List<Object> labels = new ArrayList<>();
      ids.forEach(
          id ->
              labels.add(
                  id instanceof Number n && field.label(n.longValue()) != null
                      ? field.label(n.longValue())
                      : id));
      return labels;
    }
    return value;
  }

  private static Object decimalOrMap(Object value) {
    return value instanceof Map<?, ?> ? value : decimal(value);
  }

  private static Object whole(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number, got '" + value + "'", e);
    }
  }

  private static Object decimal(Object value) {
    if (value instanceof Number) {
      return value;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number, got '" + value + "'", e);
    }
  }

  private static Object bool(Object value) {
    if (value instanceof Boolean) {
      return value;
    }
    String text = value.toString().trim();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException("expected true or false, got '" + value + "'");
  }

  private static Object option(FieldInfo field, Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    Long id = field.options().get(value.toString());
    if (id == null) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not an option of "
              + field.name()
              + "; options: "
              + field.options().keySet());
    }
    return id;
  }

  private static Object options(FieldInfo field, Object value) {
    Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
    List<Object> ids = new ArrayList<>();
    items.forEach(item -> ids.add(option(field, item)));
    return ids;
  }

  private static Object date(Object value) {
    if (value instanceof Instant i) {
      return LocalDate.ofInstant(i, ZoneOffset.UTC).toString();
    }
    return value.toString();
  }
}
