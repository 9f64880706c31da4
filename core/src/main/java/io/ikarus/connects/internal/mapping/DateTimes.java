package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.MappingException;
import io.ikarus.connects.mapping.Transform;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * Date and time conversion between formats. A format is {@code iso} (an ISO 8601 instant on output;
 * on input any ISO 8601 date-time, with or without offset, the offset with or without colon as
 * Salesforce writes it, {@code 2024-01-15T10:30:00.000+0000}, or a date), {@code iso_date} ({@code
 * 2025-01-31}), {@code epoch_millis}, {@code epoch_seconds}, or a {@link DateTimeFormatter}
 * pattern. Values without a zone are read in the given zone, and output is written in it.
 */
public final class DateTimes {

  /** ISO 8601 date-times with offsets written {@code +01:00}, {@code +0100}, {@code Z}, or none. */
  public static final DateTimeFormatter ISO_ANY_OFFSET =
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

  /** The format's kind, so a conversion switches on it rather than on the format's text. */
  private enum Kind {
    ISO,
    ISO_DATE,
    EPOCH_MILLIS,
    EPOCH_SECONDS,
    PATTERN
  }

  private final String format;
  private final Kind kind;
  private final DateTimeFormatter pattern;
  private final ZoneId zone;

  private DateTimes(String format, ZoneId zone, Locale locale) {
    this.format = Objects.requireNonNull(format, "format");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.kind = kind(format);
    this.pattern = kind == Kind.PATTERN ? pattern(format, locale) : null;
  }

  /**
   * Converts from one format to another; inverse: the reverse conversion. Pattern month and day
   * names are read and written in {@code locale}.
   *
   * @throws MappingException when a pattern is invalid
   */
  public static Transform convert(String from, String to, ZoneId zone, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    DateTimes in = new DateTimes(from, zone, locale);
    DateTimes out = new DateTimes(to, zone, locale);
    Transform inverse =
        new NamedTransform("datetime", v -> v == null ? null : in.format(out.parse(v)), null);
    return new NamedTransform("datetime", v -> v == null ? null : out.format(in.parse(v)), inverse);
  }

  private static Kind kind(String f) {
    return switch (f) {
      case "iso" -> Kind.ISO;
      case "iso_date" -> Kind.ISO_DATE;
      case "epoch_millis" -> Kind.EPOCH_MILLIS;
      case "epoch_seconds" -> Kind.EPOCH_SECONDS;
      default -> Kind.PATTERN;
    };
  }

  private static DateTimeFormatter pattern(String f, Locale locale) {
    try {
      return DateTimeFormatter.ofPattern(f, locale);
    } catch (IllegalArgumentException e) {
      throw new MappingException(null, "bad date/time pattern '" + f + "': " + e.getMessage());
    }
  }

  private Instant parse(Object v) {
    try {
      return parseValue(v);
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date/time in format " + format);
    }
  }

  private Instant parseValue(Object v) {
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof Date d) {
      return d.toInstant();
    }
    if (v instanceof TemporalAccessor t) {
      return fromTemporal(t);
    }
    if (v instanceof Number n) {
      long value = n.longValue();
      return kind == Kind.EPOCH_SECONDS
          ? Instant.ofEpochSecond(value)
          : Instant.ofEpochMilli(value);
    }
    String s = TextTransforms.text(v).strip();
    return switch (kind) {
      case EPOCH_MILLIS -> Instant.ofEpochMilli(Long.parseLong(s));
      case EPOCH_SECONDS -> Instant.ofEpochSecond(Long.parseLong(s));
      case ISO, ISO_DATE -> {
        Instant fast = IsoDates.parse(s, zone);
        yield fast != null
            ? fast
            : fromTemporal(
                ISO_ANY_OFFSET.parseBest(
                    s.length() == 10 ? s + "T00:00" : s,
                    OffsetDateTime::from,
                    LocalDateTime::from));
      }
      case PATTERN ->
          fromTemporal(
              pattern.parseBest(s, ZonedDateTime::from, LocalDateTime::from, LocalDate::from));
    };
  }

  private Instant fromTemporal(TemporalAccessor t) {
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    return LocalDate.from(t).atStartOfDay(zone).toInstant();
  }

  private Object format(Instant instant) {
    return switch (kind) {
      case ISO -> instant.toString();
      case ISO_DATE -> LocalDate.ofInstant(instant, zone).toString();
      case EPOCH_MILLIS -> instant.toEpochMilli();
      case EPOCH_SECONDS -> instant.getEpochSecond();
      case PATTERN -> pattern.format(instant.atZone(zone));
    };
  }
}
