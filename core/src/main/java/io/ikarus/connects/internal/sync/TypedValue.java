package io.ikarus.connects.internal.sync;

import io.ikarus.connects.FieldType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * One field value read as its field's type, whatever form a vendor gave it: numbers as stripped
 * {@link BigDecimal} ({@code 1.50}, {@code 1.5} and {@code "1.5"} are one value), booleans as
 * {@link Boolean} (also from {@code "true"}), datetimes as {@link Instant} (ISO 8601 with any
 * offset form, or epoch milliseconds), dates as {@link LocalDate} (also from a datetime or epoch
 * milliseconds, in UTC, as HubSpot sends dates), text as {@link String}. Empty text is no value. A
 * value that does not read as its type is kept as it is, so the vendor's own check reports it.
 */
final class TypedValue {

  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private TypedValue() {}

  /** {@code value} as a value of {@code type}; null stays null. */
  static Object of(Object value, FieldType type) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      return switch (type) {
        case INTEGER, DECIMAL, CURRENCY -> number(value);
        case BOOLEAN -> bool(value);
        case DATETIME -> instant(value);
        case DATE -> date(value);
        case STRING, EMAIL, PHONE, URL, PICKLIST, ID, REFERENCE -> text(value);
        default -> value;
      };
    } catch (ArithmeticException | DateTimeException | NumberFormatException e) {
      return value;
    }
  }

  /** {@code value} in the Java type a connector writes for a field of {@code type}. */
  static Object forWrite(Object value, FieldType type) {
    Object typed = of(value, type);
    if (type == FieldType.INTEGER && typed instanceof BigDecimal d && d.scale() <= 0) {
      return d.longValueExact();
    }
    return typed;
  }

  private static Object number(Object v) {
    if (v instanceof Number || v instanceof String) {
      BigDecimal d = new BigDecimal(v.toString().strip());
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    return v;
  }

  private static Object bool(Object v) {
    if (v instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : v;
    }
    return v;
  }

  private static Object instant(Object v) {
    if (v instanceof Instant
        || !(v instanceof String || v instanceof Number || v instanceof Date)) {
      return v instanceof TemporalAccessor t ? fromTemporal(t) : v;
    }
    if (v instanceof Date d) {
      return d.toInstant();
    }
    String s = v.toString().strip();
    if (s.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochMilli(Long.parseLong(s));
    }
    if (s.length() == 10) {
      return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return fromTemporal(ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from));
  }

  private static Instant fromTemporal(TemporalAccessor t) {
    if (t instanceof Instant i) {
      return i;
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    return LocalDate.from(t).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Object date(Object v) {
    if (v instanceof LocalDate) {
      return v;
    }
    if (v instanceof String s && s.strip().length() == 10) {
      return LocalDate.parse(s.strip());
    }
    Object at = instant(v);
    return at instanceof Instant i ? LocalDate.ofInstant(i, ZoneOffset.UTC) : v;
  }

  private static Object text(Object v) {
    if (v instanceof String) {
      return v;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v instanceof Number || v instanceof Boolean || v instanceof TemporalAccessor
        ? v.toString()
        : v;
  }
}
