package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One search filter: {@code propertyName}, {@code operator} and its {@code value}, {@code values}
 * or {@code highValue}, compared by the property's type (numbers numerically, dates as instants).
 */
final class FilterMatcher {

  static final Set<String> OPERATORS =
      Set.of(
          "EQ",
          "NEQ",
          "LT",
          "LTE",
          "GT",
          "GTE",
          "BETWEEN",
          "IN",
          "NOT_IN",
          "HAS_PROPERTY",
          "NOT_HAS_PROPERTY",
          "CONTAINS_TOKEN",
          "NOT_CONTAINS_TOKEN");

  private final String property;
  private final String operator;
  private final String value;
  private final String highValue;
  private final List<String> values;
  private final Comparator<String> order;

  FilterMatcher(JsonNode filter, PropertyDef def) {
    this.property = def.name();
    this.operator = filter.path("operator").asText("");
    if (!OPERATORS.contains(operator)) {
      throw new BadRequest("Invalid filter operator: " + operator);
    }
    this.value = filter.hasNonNull("value") ? filter.get("value").asText() : null;
    this.highValue = filter.hasNonNull("highValue") ? filter.get("highValue").asText() : null;
    this.values = new ArrayList<>();
    filter.path("values").forEach(v -> values.add(v.asText()));
    this.order = comparator(def.type());
    requireOperands();
  }

  private void requireOperands() {
    boolean needsValue =
        !operator.equals("HAS_PROPERTY")
            && !operator.equals("NOT_HAS_PROPERTY")
            && !operator.equals("IN")
            && !operator.equals("NOT_IN");
    if (needsValue && value == null) {
      throw new BadRequest(
          "Filter on " + property + " with operator " + operator + " requires a value");
    }
    if ((operator.equals("IN") || operator.equals("NOT_IN")) && values.isEmpty()) {
      throw new BadRequest(
          "Filter on " + property + " with operator " + operator + " requires values");
    }
    if (operator.equals("BETWEEN") && highValue == null) {
      throw new BadRequest("Filter on " + property + " with operator BETWEEN requires highValue");
    }
  }

  boolean matches(StoredObject o) {
    String actual = o.value(property);
    return switch (operator) {
      case "HAS_PROPERTY" -> actual != null;
      case "NOT_HAS_PROPERTY" -> actual == null;
      case "NEQ" -> actual == null || order.compare(actual, value) != 0;
      case "NOT_IN" ->
          actual == null || values.stream().noneMatch(v -> order.compare(actual, v) == 0);
      case "NOT_CONTAINS_TOKEN" -> actual == null || !containsToken(actual, value);
      default -> actual != null && matchesPresent(actual);
    };
  }

  private boolean matchesPresent(String actual) {
    return switch (operator) {
      case "EQ" -> order.compare(actual, value) == 0;
      case "LT" -> order.compare(actual, value) < 0;
      case "LTE" -> order.compare(actual, value) <= 0;
      case "GT" -> order.compare(actual, value) > 0;
      case "GTE" -> order.compare(actual, value) >= 0;
      case "BETWEEN" -> order.compare(actual, value) >= 0 && order.compare(actual, highValue) <= 0;
      case "IN" -> values.stream().anyMatch(v -> order.compare(actual, v) == 0);
      case "CONTAINS_TOKEN" -> containsToken(actual, value);
      default -> false;
    };
  }

  /** A {@code *} is a wildcard over the whole value; otherwise a whole word must match. */
  static boolean containsToken(String actual, String token) {
    String a = actual.toLowerCase(Locale.ROOT);
    String t = token.toLowerCase(Locale.ROOT);
    if (t.contains("*")) {
      StringBuilder regex = new StringBuilder();
      for (String part : t.split("\\*", -1)) {
        regex.append(Pattern.quote(part)).append(".*");
      }
      regex.setLength(regex.length() - 2);
      return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(a).matches();
    }
    for (String word : a.split("[^\\p{L}\\p{N}]+")) {
      if (word.equals(t)) {
        return true;
      }
    }
    return a.equals(t);
  }

  /** Orders values of a property type: numbers numerically, dates as instants, text as text. */
  static Comparator<String> comparator(String type) {
    return switch (type) {
      case "number" -> Comparator.comparing(FilterMatcher::number);
      case "date", "datetime" -> Comparator.comparing(FilterMatcher::instant);
      default -> Comparator.naturalOrder();
    };
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      throw new BadRequest(s + " is not a valid number");
    }
  }

  private static Instant instant(String s) {
    Instant at = PropertyValidator.parseInstant(s);
    if (at == null) {
      throw new BadRequest(s + " is not a valid date");
    }
    return at;
  }
}
