package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.internal.filter.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Compares stored row values with OData literals the way Dataverse does: the leaves of a {@code
 * $filter} on the shared {@link Filter} model ({@code and}, {@code or} and {@code not} are the
 * model's own), key lookups and {@code $orderby}.
 */
final class ODataValues {

  /** The string functions supported. */
  static final List<String> FUNCTIONS = List.of("contains", "startswith", "endswith");

  private ODataValues() {}

  /**
   * Compares a row value with a literal of the same kind: numbers numerically, instants in time,
   * GUIDs and strings case-insensitively (Dataverse's default collation).
   *
   * @throws IllegalArgumentException when the kinds cannot be compared
   */
  static int compare(Object value, Object literal) {
    if (literal instanceof BigDecimal n) {
      return new BigDecimal(value.toString()).compareTo(n);
    }
    if (literal instanceof Instant t) {
      return OffsetDateTime.parse(value.toString()).toInstant().compareTo(t);
    }
    if (literal instanceof Boolean b) {
      return Boolean.compare(Boolean.parseBoolean(value.toString()), b);
    }
    if (literal instanceof UUID u) {
      return UUID.fromString(value.toString()).compareTo(u);
    }
    return value
        .toString()
        .toLowerCase(Locale.ROOT)
        .compareTo(((String) literal).toLowerCase(Locale.ROOT));
  }

  /** A stored value (or key value) as the literal {@link #compare} takes: numbers as decimals. */
  static Object literal(Object value) {
    return value instanceof Number n ? new BigDecimal(n.toString()) : value.toString();
  }

  /** {@code property op literal}: eq, ne, gt, ge, lt, le; null equals only null. */
  static Filter<Map<String, Object>> comparison(String property, String op, Object literal) {
    return Filter.where(
        property,
        row -> {
          Object value = row.get(property);
          if (literal == null || value == null) {
            boolean same = literal == value;
            return op.equals("eq") ? same : op.equals("ne") && !same;
          }
          int c = compare(value, literal);
          return switch (op) {
            case "eq" -> c == 0;
            case "ne" -> c != 0;
            case "gt" -> c > 0;
            case "ge" -> c >= 0;
            case "lt" -> c < 0;
            default -> c <= 0;
          };
        });
  }

  /**
   * {@code contains|startswith|endswith(property, 'text')}: a SQL {@code LIKE} match as Dataverse
   * runs it, so in the text {@code %} is any run, {@code _} any one character, {@code [abc]} /
   * {@code [^abc]} a set and {@code [%]} a literal; case-insensitive like the default collation.
   */
  static Filter<Map<String, Object>> textMatch(String function, String property, String text) {
    String like =
        switch (function) {
          case "contains" -> "%" + text + "%";
          case "startswith" -> text + "%";
          default -> "%" + text;
        };
    Pattern pattern = like(like);
    return Filter.where(
        property,
        row -> row.get(property) instanceof String value && pattern.matcher(value).matches());
  }

  private static Pattern like(String like) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < like.length()) {
      char c = like.charAt(i);
      int close = c == '[' ? like.indexOf(']', i + 2) : -1;
      if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else if (close > 0) {
        re.append(likeSet(like.substring(i + 1, close)));
        i = close;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  private static String likeSet(String body) {
    boolean negated = body.startsWith("^") && body.length() > 1;
    String chars = negated ? body.substring(1) : body;
    return (negated ? "[^" : "[") + chars.replaceAll("[\\\\^\\[\\]&]", "\\\\$0") + "]";
  }
}
