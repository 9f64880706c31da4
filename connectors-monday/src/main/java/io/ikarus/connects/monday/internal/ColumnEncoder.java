package io.ikarus.connects.monday.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Encodes a plain Java value into the JSON form monday expects for a column type (the value placed
 * in the {@code column_values} object, which is then sent as a JSON-encoded string). A value the
 * column cannot hold is a {@link ValidationException} naming the column; the value itself is never
 * put into the message (it may be personal data).
 *
 * <p>Accepted: text, name: String, Number, Boolean; long_text: String; email: String or {@code
 * {"email","text"}}; phone: {@code "+15551234567 US"} (or a bare number with a configured default
 * country) or {@code {"phone","countryShortName"}}; status: label String or index Integer; date:
 * LocalDate, LocalDateTime (UTC), Instant, OffsetDateTime, ZonedDateTime or an ISO date String;
 * numbers: Number or numeric String. Null clears the column. Other column types take the vendor
 * JSON as a Map.
 */
public final class ColumnEncoder {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{4,20}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final String defaultPhoneCountry;

  /** Creates an encoder; {@code defaultPhoneCountry} (ISO-2) may be null. */
  public ColumnEncoder(String defaultPhoneCountry) {
    this.defaultPhoneCountry = defaultPhoneCountry;
  }

  /** Encodes {@code value} for {@code column}. */
  public Object encode(BoardColumn column, Object value, ErrorContext context) {
    if (value == null) {
      return switch (column.type()) {
        case "text", "name", "numbers" -> "";
        default -> Map.of();
      };
    }
    return switch (column.type()) {
      case "text", "name" -> text(column, value, context);
      case "long_text" -> Map.of("text", string(column, value, context));
      case "email" -> email(column, value, context);
      case "phone" -> phone(column, value, context);
      case "status" -> status(column, value, context);
      case "date" -> date(column, value, context);
      case "numbers" -> numbers(column, value, context);
      default -> vendorJson(column, value, context);
    };
  }

  private static Object text(BoardColumn column, Object value, ErrorContext context) {
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
    throw invalid(column, "a text column takes a String", context);
  }

  private static String string(BoardColumn column, Object value, ErrorContext context) {
    if (value instanceof CharSequence s) {
      return s.toString();
    }
    throw invalid(column, "a " + column.type() + " column takes a String", context);
  }

  private static Object email(BoardColumn column, Object value, ErrorContext context) {
    String email;
    String display;
    if (value instanceof Map<?, ?> map && map.get("email") instanceof String e) {
      email = e;
      display = map.get("text") instanceof String t ? t : e;
    } else {
      email = string(column, value, context);
      display = email;
    }
    if (!EMAIL.matcher(email).matches()) {
      throw invalid(column, "not an email address", context);
    }
    return Map.of("email", email, "text", display);
  }

  private Object phone(BoardColumn column, Object value, ErrorContext context) {
    String phone;
    String country;
    if (value instanceof Map<?, ?> map && map.get("phone") instanceof String p) {
      phone = p;
      country = map.get("countryShortName") instanceof String c ? c : defaultPhoneCountry;
    } else {
      String[] parts = string(column, value, context).trim().split("\\s+", 2);
      phone = parts[0];
      country = parts.length > 1 ? parts[1] : defaultPhoneCountry;
    }
    if (!PHONE.matcher(phone).matches()) {
      throw invalid(column, "not a phone number (digits, optional leading +)", context);
    }
    if (country == null || !COUNTRY.matcher(country).matches()) {
      throw invalid(
          column,
          "a phone needs an ISO-2 country, e.g. \"+15551234567 US\" or a default country",
          context);
    }
    return Map.of("phone", phone, "countryShortName", country);
  }

  private static Object status(BoardColumn column, Object value, ErrorContext context) {
    if (value instanceof Integer index) {
      if (index < 0 || index >= column.labels().size() || column.labels().get(index) == null) {
        throw invalid(column, "no status label with index " + index, context);
      }
      return Map.of("index", index);
    }
    String label = string(column, value, context);
    if (!column.labels().isEmpty() && column.labelIndex(label) < 0) {
      throw invalid(
          column,
          "no such status label; labels are "
              + column.labels().stream().filter(l -> l != null).toList(),
          context);
    }
    return Map.of("label", label);
  }

  private static Object date(BoardColumn column, Object value, ErrorContext context) {
    Instant instant = null;
    if (value instanceof LocalDate d) {
      return Map.of("date", d.toString());
    } else if (value instanceof LocalDateTime t) {
      instant = t.toInstant(ZoneOffset.UTC);
    } else if (value instanceof Instant i) {
      instant = i;
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof ZonedDateTime z) {
      instant = z.toInstant();
    } else if (value instanceof CharSequence s) {
      return isoDate(column, s.toString(), context);
    } else {
      throw invalid(column, "a date column takes a LocalDate, an instant or an ISO date", context);
    }
    LocalDateTime utc =
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", utc.toLocalDate().toString());
    json.put("time", utc.toLocalTime().format(TIME));
    return json;
  }

  private static Object isoDate(BoardColumn column, String text, ErrorContext context) {
    try {
      return Map.of("date", LocalDate.parse(text).toString());
    } catch (DateTimeParseException e) {
      try {
        return date(column, Instant.parse(text), context);
      } catch (DateTimeParseException again) {
        throw invalid(column, "not an ISO-8601 date (yyyy-MM-dd) or instant", context);
      }
    }
  }

  private static Object numbers(BoardColumn column, Object value, ErrorContext context) {
    try {
      if (value instanceof Number || value instanceof CharSequence) {
        return new BigDecimal(value.toString().trim()).toPlainString();
      }
    } catch (NumberFormatException e) {
      throw invalid(column, "not a number", context);
    }
    throw invalid(column, "a numbers column takes a Number or a numeric String", context);
  }

  private static Object vendorJson(BoardColumn column, Object value, ErrorContext context) {
    if (value instanceof Map<?, ?> || value instanceof CharSequence) {
      return value;
    }
    throw invalid(
        column,
        "columns of type " + column.type() + " take monday's JSON value as a Map (or a String)",
        context);
  }

  static ValidationException invalid(BoardColumn column, String why, ErrorContext context) {
    return new ValidationException(
        "value for column '" + column.id() + "' (" + column.type() + ") cannot be encoded: " + why,
        context,
        List.of(new FieldError(column.id(), "INVALID_VALUE", why)));
  }
}
