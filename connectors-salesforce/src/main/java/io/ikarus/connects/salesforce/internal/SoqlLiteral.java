package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns Java values into SOQL literals. Strings are quoted and every character SOQL treats
 * specially is backslash-escaped (quotes, backslash, control characters), so no value can end the
 * literal early. Inside {@code LIKE} patterns the wildcards {@code %} and {@code _} are escaped as
 * well; outside {@code LIKE} they must not be, because SOQL rejects {@code \%} and {@code \_}
 * there. Date-times are unquoted UTC literals with whole seconds ({@code 2024-01-01T00:00:00Z}).
 */
public final class SoqlLiteral {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_INSTANT;

  private SoqlLiteral() {}

  /** Returns the literal for {@code value} in a comparison; {@code field} names it in errors. */
  public static String of(Object value, String field) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence s) {
      return "'" + escape(s.toString(), false) + "'";
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Number n) {
      return number(n, field);
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    Instant instant = instant(value);
    if (instant != null) {
      return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
    throw unsupported(field, "values of type " + value.getClass().getName() + " are not supported");
  }

  /** Returns the quoted {@code LIKE} pattern matching any text that contains {@code text}. */
  public static String containing(Object text, String field) {
    if (!(text instanceof CharSequence s)) {
      throw unsupported(field, "CONTAINS needs a text value");
    }
    return "'%" + escape(s.toString(), true) + "%'";
  }

  /** Escapes {@code s} for use between single quotes. */
  static String escape(String s, boolean like) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\'', '"', '\\' -> b.append('\\').append(c);
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '%', '_' -> b.append(like ? "\\" : "").append(c);
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String number(Number n, String field) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw unsupported(field, "NaN and infinite numbers have no SOQL form");
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (n instanceof BigDecimal bd) {
      return bd.toPlainString();
    }
    try {
      // Integer, Long, BigInteger, AtomicLong...: their decimal text, validated as a number.
      return new BigDecimal(n.toString()).toPlainString();
    } catch (NumberFormatException e) {
      throw unsupported(field, "the number " + n.getClass().getName() + " has no decimal form");
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    return null;
  }

  private static ValidationException unsupported(String field, String why) {
    String message = "filter on '" + field + "': " + why;
    return new ValidationException(
        message,
        ErrorContext.of(SalesforceNames.CONNECTOR, "query"),
        List.of(new FieldError(field, "INVALID_FILTER_VALUE", message)));
  }
}
