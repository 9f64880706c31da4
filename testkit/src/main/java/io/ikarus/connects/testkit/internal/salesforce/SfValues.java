package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ikarus.connects.testkit.SObjectField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/** Converts field values between JSON, CSV text and the stored Java form, checking each value. */
final class SfValues {

  /** Records on the REST API: {@code 2024-01-01T00:00:00.000+0000}. */
  static final DateTimeFormatter REST_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** Bulk API CSV results: {@code 2024-01-01T00:00:00.000Z}. */
  static final DateTimeFormatter BULK_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter INPUT_DATETIME =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private SfValues() {}

  /** The stored value of a JSON field value; throws {@link SfFailure} when it does not fit. */
  static Object fromJson(SObjectField field, JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    Object value =
        switch (field.type()) {
          case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
          case INT -> node.isIntegralNumber() ? node.decimalValue() : null;
          case DOUBLE, CURRENCY, PERCENT -> node.isNumber() ? node.decimalValue() : null;
          default -> node.isTextual() ? fromText(field, node.textValue()) : null;
        };
    if (value == null) {
      throw SfFailure.badRequest(
          "JSON_PARSER_ERROR",
          "Cannot deserialize instance of "
              + field.type().soapType().replaceAll(".*:", "")
              + " from "
              + node.getNodeType()
              + " value "
              + node
              + " or request may be missing a required field");
    }
    return value;
  }

  /** The stored value of a text value (CSV, or JSON text); throws {@link SfFailure}. */
  static Object fromText(SObjectField field, String text) {
    try {
      return switch (field.type()) {
        case BOOLEAN -> parseBoolean(text);
        case INT, DOUBLE, CURRENCY, PERCENT -> new BigDecimal(text.trim());
        case DATE -> LocalDate.parse(text.trim());
        case DATETIME -> parseDateTime(text.trim());
        default -> checkText(field, text);
      };
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw fieldError(
          "INVALID_TYPE_ON_FIELD_IN_RECORD",
          field.label() + ": value not of required type: " + text,
          field);
    }
  }

  /** Parses an ISO-8601 instant with {@code Z}, {@code +hh:mm} or {@code +hhmm}. */
  static Instant parseDateTime(String text) {
    return INPUT_DATETIME.parse(
        text,
        t -> {
          ZoneOffset offset =
              t.isSupported(ChronoField.OFFSET_SECONDS)
                  ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
                  : ZoneOffset.UTC;
          return java.time.LocalDateTime.from(t).toInstant(offset);
        });
  }

  /** The JSON form of a stored value. */
  static JsonNode toJson(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof Boolean b) {
      return BooleanNode.valueOf(b);
    }
    if (value instanceof BigDecimal d) {
      return DecimalNode.valueOf(d);
    }
    if (value instanceof Instant i) {
      return TextNode.valueOf(REST_DATETIME.format(i));
    }
    return TextNode.valueOf(value.toString());
  }

  /** The CSV form of a stored value; null becomes an empty field. */
  static String toCsv(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant i) {
      return BULK_DATETIME.format(i);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  private static Boolean parseBoolean(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (!t.equals("true") && !t.equals("false")) {
      throw new IllegalArgumentException("not a boolean: " + text);
    }
    return Boolean.valueOf(t);
  }

  private static String checkText(SObjectField field, String text) {
    if (field.length() > 0 && text.length() > field.length()) {
      throw fieldError(
          "STRING_TOO_LONG",
          field.label()
              + ": data value too large: "
              + text
              + " (max length="
              + field.length()
              + ")",
          field);
    }
    switch (field.type()) {
      case EMAIL -> {
        if (!text.isEmpty() && !EMAIL.matcher(text).matches()) {
          throw fieldError(
              "INVALID_EMAIL_ADDRESS", field.label() + ": invalid email address: " + text, field);
        }
      }
      case REFERENCE, ID -> {
        if (!SfIds.isWellFormed(text)) {
          throw fieldError(
              "MALFORMED_ID", field.label() + ": id value of incorrect type: " + text, field);
        }
        return SfIds.canonical(text);
      }
      default -> {}
    }
    return text;
  }

  private static SfFailure fieldError(String code, String message, SObjectField field) {
    return SfFailure.field(code, message, field.name());
  }
}
