package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.internal.filter.Filter;
import java.util.List;
import java.util.Map;

/**
 * OData {@code $filter} leaves on the shared {@link Filter} model ({@code and}, {@code or} and
 * {@code not} are the model's own): comparisons and the string functions, over a row's columns.
 */
final class FilterExpr {

  /** The string functions supported. */
  static final List<String> FUNCTIONS = List.of("contains", "startswith", "endswith");

  private FilterExpr() {}

  /** {@code property op literal}: eq, ne, gt, ge, lt, le; null equals only null. */
  static Filter<Map<String, Object>> compare(String property, String op, Object literal) {
    return Filter.where(
        property,
        row -> {
          Object value = row.get(property);
          if (literal == null || value == null) {
            boolean same = literal == value;
            return op.equals("eq") ? same : op.equals("ne") && !same;
          }
          int c = ODataValues.compare(value, literal);
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
   * {@code contains|startswith|endswith(property, 'text')}: a LIKE match as Dataverse runs it, so
   * {@code %}, {@code _} and {@code [..]} in the text are wildcards unless bracketed.
   */
  static Filter<Map<String, Object>> call(String function, String property, String text) {
    String like =
        switch (function) {
          case "contains" -> "%" + text + "%";
          case "startswith" -> text + "%";
          default -> "%" + text;
        };
    java.util.regex.Pattern pattern = LikePattern.compile(like);
    return Filter.where(
        property,
        row -> row.get(property) instanceof String value && pattern.matcher(value).matches());
  }
}
