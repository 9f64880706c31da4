package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Java values to HubSpot's wire form, where every property value is a string: numbers in plain
 * notation, booleans {@code "true"}/{@code "false"}, instants and dates as milliseconds since the
 * epoch (dates at midnight UTC), multi-select values joined by {@code ;}, and null as {@code ""}
 * (which clears the property).
 */
public final class WireValues {

  private WireValues() {}

  /** Converts every value of {@code fields}, keeping their order and validating the names. */
  public static Map<String, String> properties(Map<String, Object> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(HubSpotNames.property(k), toWire(k, v)));
    return out;
  }

  /** One value as HubSpot expects it; {@code field} names the property in errors. */
  public static String toWire(String field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value instanceof Double || value instanceof Float
          ? new BigDecimal(value.toString()).toPlainString()
          : value.toString();
    }
    if (value instanceof Instant i) {
      return Long.toString(i.toEpochMilli());
    }
    if (value instanceof OffsetDateTime o) {
      return Long.toString(o.toInstant().toEpochMilli());
    }
    if (value instanceof ZonedDateTime z) {
      return Long.toString(z.toInstant().toEpochMilli());
    }
    if (value instanceof LocalDate d) {
      return Long.toString(d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> toWire(field, v)).collect(Collectors.joining(";"));
    }
    String message = "cannot send a " + value.getClass().getName() + " to HubSpot";
    throw new ValidationException(
        "property '" + field + "': " + message,
        ErrorContext.of("hubspot", null),
        List.of(new FieldError(field, null, message)));
  }
}
