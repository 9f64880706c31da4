package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.spi.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Converts CRM field values, as vendors return them (numbers as strings, several datetime forms),
 * to the Java types of Connect schema types. Each method throws {@link IllegalArgumentException}
 * (without the value, which may be personal data) when the value does not fit.
 */
final class Coerce {

  /** ISO-8601 with an offset written {@code Z}, {@code +00:00} or Salesforce's {@code +0000}. */
  private static final DateTimeFormatter DATETIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm[:ss]")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .appendPattern("[XXX][XX][X]")
          .toFormatter();

  private Coerce() {}

  static String text(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Collection<?> c && c.stream().allMatch(e -> e instanceof String)) {
      return c.stream().map(Object::toString).collect(Collectors.joining(";"));
    }
    if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
      return Json.write(v);
    }
    return v.toString();
  }

  static long integer(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    return decimal(v).longValueExact();
  }

  static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Number || v instanceof String) {
      return new BigDecimal(v.toString().trim());
    }
    throw new IllegalArgumentException("a " + v.getClass().getSimpleName() + " is not a number");
  }

  static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    String s = v.toString().trim();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(s);
    }
    throw new IllegalArgumentException("not true or false");
  }

  static Date date(Object v) {
    if (v instanceof LocalDate d) {
      return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    String s = v.toString().trim();
    LocalDate day = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static Date timestamp(Object v) {
    return Date.from(instant(v));
  }

  static Instant instant(Object v) {
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (v instanceof Date d) {
      return d.toInstant();
    }
    if (v instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    String s = v.toString().trim();
    if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochMilli(Long.parseLong(s));
    }
    TemporalAccessor t = DATETIME.parse(s);
    return t.isSupported(ChronoField.OFFSET_SECONDS)
        ? OffsetDateTime.from(t).toInstant()
        : LocalDateTime.from(t).toInstant(ZoneOffset.UTC);
  }
}
