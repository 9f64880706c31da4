package io.ikarus.connects.testkit.internal.dynamics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Checks and normalises one written column value the way Dataverse validates it. */
final class ColumnValues {

  private static final int MEMO_MAX = 2000;

  private ColumnValues() {}

  /** The stored form of {@code value} for column {@code a} of table {@code logicalName}. */
  static Object coerce(AttributeDef a, Object value, String logicalName) {
    if (value == null) {
      return null;
    }
    return switch (a.type()) {
      case "String", "Memo" -> text(a, value, logicalName);
      case "Integer" -> integer(a, value);
      case "Picklist" -> option(a, value, logicalName);
      case "Money", "Decimal", "Double" -> new BigDecimal(typed(a, value, Number.class).toString());
      case "Boolean" -> typed(a, value, Boolean.class);
      case "DateTime" -> dateTime(a, value);
      case "Uniqueidentifier" -> guid(a, value);
      default -> throw mismatch(a, value);
    };
  }

  private static String text(AttributeDef a, Object value, String logicalName) {
    String s = typed(a, value, String.class);
    int max = a.type().equals("Memo") ? MEMO_MAX : a.maxLength();
    if (s.length() > max) {
      throw new ODataException(
          400,
          "0x80044331",
          "A validation error occurred.  The length of the '"
              + a.logicalName()
              + "' attribute of the '"
              + logicalName
              + "' entity exceeded the maximum allowed length of '"
              + max
              + "'.");
    }
    return s;
  }

  private static Object integer(AttributeDef a, Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return ((Number) value).longValue();
    }
    throw mismatch(a, value);
  }

  private static Object option(AttributeDef a, Object value, String logicalName) {
    long v = (Long) integer(a, value);
    if (!a.options().contains((int) v)) {
      throw new ODataException(
          400,
          "0x8004431a",
          "A validation error occurred.  The value "
              + v
              + " of '"
              + a.logicalName()
              + "' on record of type '"
              + logicalName
              + "' is outside the valid range.");
    }
    return v;
  }

  private static String dateTime(AttributeDef a, Object value) {
    String s = typed(a, value, String.class);
    try {
      return DateTimeFormatter.ISO_INSTANT.format(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return DateTimeFormatter.ISO_INSTANT.format(
            LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException again) {
        throw mismatch(a, value);
      }
    }
  }

  private static String guid(AttributeDef a, Object value) {
    try {
      return UUID.fromString(value.toString()).toString();
    } catch (IllegalArgumentException e) {
      throw mismatch(a, value);
    }
  }

  /** {@code value} as a {@code type}, or the conversion error. */
  private static <T> T typed(AttributeDef a, Object value, Class<T> type) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    throw mismatch(a, value);
  }

  private static ODataException mismatch(AttributeDef a, Object value) {
    return ODataException.badRequest(
        "Cannot convert the literal '" + value + "' to the expected type '" + a.edmType() + "'.");
  }
}
