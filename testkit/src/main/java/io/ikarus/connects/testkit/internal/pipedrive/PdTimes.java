package io.ikarus.connects.testkit.internal.pipedrive;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Pipedrive's time formats: RFC 3339 seconds (v2), UTC {@code YYYY-MM-DD HH:MM:SS} (v1). */
final class PdTimes {

  private static final DateTimeFormatter V2 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter V1 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LEAD =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private PdTimes() {}

  /** A v2 stamp, second precision: {@code 2024-01-01T10:00:00Z}. */
  static String v2(Instant t) {
    return V2.format(t);
  }

  /** A v1 stamp: {@code 2024-01-01 10:00:00} (UTC). */
  static String v1(Instant t) {
    return V1.format(t);
  }

  /** A v1 lead stamp, with milliseconds: {@code 2024-01-01T10:00:00.123Z}. */
  static String lead(Instant t) {
    return LEAD.format(t);
  }

  /** The stamp as the server stores it for filtering: whole seconds. */
  static Instant seconds(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Parses an RFC 3339 parameter, or a v1 {@code YYYY-MM-DD HH:MM:SS} (UTC) one when {@code v1};
   * throws a 400 naming {@code param} when malformed.
   */
  static Instant parse(String param, String value, boolean v1) {
    try {
      return v1
          ? java.time.LocalDateTime.parse(value, V1.withZone(null)).toInstant(ZoneOffset.UTC)
          : java.time.OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      String expected = v1 ? "YYYY-MM-DD HH:MM:SS" : "an RFC 3339 date-time";
      throw PdFailure.badRequest(
          "Parameter '" + param + "' must be " + expected + ", got '" + value + "'");
    }
  }
}
