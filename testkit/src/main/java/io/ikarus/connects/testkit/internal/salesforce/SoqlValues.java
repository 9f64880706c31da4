package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectFieldType;
import io.ikarus.connects.testkit.internal.salesforce.SoqlToken.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Converts SOQL literals to a field's stored type, and compares stored values as SOQL does. */
final class SoqlValues {

  private SoqlValues() {}

  /** The stored-type value of {@code literal} for {@code field}, or an INVALID_FIELD error. */
  static Object convert(String soql, SObjectField field, SoqlToken literal) {
    if (literal.is("NULL")) {
      return null;
    }
    SObjectFieldType type = field.type();
    Type expected = expectedType(type);
    if (literal.type() != expected) {
      throw SfFailure.soql(
          "INVALID_FIELD",
          soql,
          literal.offset(),
          "value of filter criterion for field '"
              + field.name()
              + "' must be of type "
              + typeWord(type)
              + (type.isText()
                  ? " and should be enclosed in quotes"
                  : " and should not be enclosed in quotes"));
    }
    return switch (expected) {
      case STRING -> canonicalId(type, literal.decode(soql, false));
      case NUMBER -> new BigDecimal(literal.text());
      case IDENT -> Boolean.valueOf(literal.text().toLowerCase(Locale.ROOT));
      case DATE -> LocalDate.parse(literal.text());
      default -> SfValues.parseDateTime(literal.text());
    };
  }

  /** Orders two non-null stored values; text ignores case as SOQL does. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a instanceof String x && b instanceof String y) {
      return x.compareToIgnoreCase(y);
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Equality of a stored value and a literal value; text ignores case. */
  static boolean same(Object stored, Object literal) {
    if (stored == null || literal == null) {
      return stored == literal;
    }
    return compare(stored, literal) == 0;
  }

  /** A comparator of nullable stored values with nulls first or last. */
  static Comparator<Object> ordering(boolean ascending, boolean nullsFirst) {
    Comparator<Object> values = SoqlValues::compare;
    if (!ascending) {
      values = values.reversed();
    }
    return nullsFirst ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
  }

  /** The regex for a LIKE pattern decoded with the escape markers of {@link SoqlToken#decode}. */
  static Pattern likePattern(String decoded) {
    StringBuilder regex = new StringBuilder();
    for (char c : decoded.toCharArray()) {
      switch (c) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        case '\u0001' -> regex.append('%');
        case '\u0002' -> regex.append('_');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  /** The literal token type a field compares with; booleans are the identifiers TRUE, FALSE. */
  private static Type expectedType(SObjectFieldType type) {
    if (type.isText()) {
      return Type.STRING;
    }
    return switch (type) {
      case BOOLEAN -> Type.IDENT;
      case DATE -> Type.DATE;
      case DATETIME -> Type.DATETIME;
      default -> Type.NUMBER;
    };
  }

  private static String typeWord(SObjectFieldType type) {
    return switch (type) {
      case DATETIME -> "dateTime";
      case INT -> "integer";
      case DOUBLE, CURRENCY, PERCENT -> "double";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case ID, REFERENCE -> "id";
      default -> "string";
    };
  }

  /** Id literals compare in their 18-character form. */
  private static Object canonicalId(SObjectFieldType type, String value) {
    boolean id = type == SObjectFieldType.ID || type == SObjectFieldType.REFERENCE;
    return id && SfIds.isWellFormed(value) ? SfIds.canonical(value) : value;
  }
}
