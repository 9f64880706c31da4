package io.ikarus.connects.salesforce.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Salesforce's timestamp forms: REST answers write {@code 2013-05-20T20:49:32.000+0000} (offset
 * without a colon); Bulk CSV and most requests use ISO-8601 ({@code ...Z} or {@code +00:00}).
 */
public final class SalesforceTime {

  private static final DateTimeFormatter READ =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .toFormatter();

  private SalesforceTime() {}

  /** Parses a Salesforce timestamp; null for null or blank text. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, READ).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a Salesforce timestamp: " + text, e);
    }
  }

  /**
   * HTTP's IMF-fixdate ({@code Sat, 01 Mar 2025 10:00:00 GMT}): a two-digit day, as RFC 9110
   * requires of senders; {@link DateTimeFormatter#RFC_1123_DATE_TIME} writes {@code Sat, 1 Mar}.
   */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /**
   * Formats an instant as an HTTP date (IMF-fixdate, {@code EEE, dd MMM yyyy HH:mm:ss 'GMT'},
   * English, whole seconds) for the {@code If-Unmodified-Since} header.
   */
  public static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Formats an instant in whole seconds, UTC, as SOQL and REST parameters accept it. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
