package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
  private final String type;
  private final Comparable<Object> valueKey;
  private final Comparable<Object> highKey;
  private final List<Comparable<Object>> valueKeys;

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
    this.type = def.type();
    requireOperands();
    this.valueKey = value == null ? null : key(type, value);
    this.highKey = highValue == null ? null : key(type, highValue);
    this.valueKeys = values.stream().map(v -> key(type, v)).toList();
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
    if (property.equals("hs_object_id") && valueKey != null && !operator.endsWith("TOKEN")) {
      return matchesId(o.numericId());
    }
    String actual = o.value(property);
    return switch (operator) {
      case "HAS_PROPERTY" -> actual != null;
      case "NOT_HAS_PROPERTY" -> actual == null;
      case "NEQ" -> actual == null || key(type, actual).compareTo(valueKey) != 0;
      case "NOT_IN" -> actual == null || !in(key(type, actual));
      case "NOT_CONTAINS_TOKEN" -> actual == null || !containsToken(actual, value);
      default -> actual != null && matchesPresent(actual);
    };
  }

  private boolean matchesPresent(String actual) {
    if (operator.equals("CONTAINS_TOKEN")) {
      return containsToken(actual, value);
    }
    Comparable<Object> a = key(type, actual);
    return switch (operator) {
      case "EQ" -> a.compareTo(valueKey) == 0;
      case "LT" -> a.compareTo(valueKey) < 0;
      case "LTE" -> a.compareTo(valueKey) <= 0;
      case "GT" -> a.compareTo(valueKey) > 0;
      case "GTE" -> a.compareTo(valueKey) >= 0;
      case "BETWEEN" -> a.compareTo(valueKey) >= 0 && a.compareTo(highKey) <= 0;
      case "IN" -> in(a);
      default -> false;
    };
  }

  /** Every matching record's id is above this (a GT/GTE filter on the id), else MIN_VALUE. */
  long idsAbove() {
    if (!property.equals("hs_object_id") || valueKey == null) {
      return Long.MIN_VALUE;
    }
    long v = ((java.math.BigDecimal) (Object) valueKey).longValue();
    return operator.equals("GT") ? v : operator.equals("GTE") ? v - 1 : Long.MIN_VALUE;
  }

  /** The id is never missing and always a whole number: compare it without parsing text. */
  private boolean matchesId(long id) {
    int c = Long.compare(id, ((java.math.BigDecimal) (Object) valueKey).longValue());
    return switch (operator) {
      case "EQ" -> c == 0;
      case "NEQ" -> c != 0;
      case "LT" -> c < 0;
      case "LTE" -> c <= 0;
      case "GT" -> c > 0;
      case "GTE" -> c >= 0;
      default -> matchesPresent(Long.toString(id));
    };
  }

  private boolean in(Comparable<Object> actual) {
    return valueKeys.stream().anyMatch(v -> actual.compareTo(v) == 0);
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

  /** The sort key of a value: numbers numerically, dates as instants, text as text. */
  @SuppressWarnings("unchecked")
  static Comparable<Object> key(String type, String value) {
    Comparable<?> k =
        switch (type) {
          case "number" -> number(value);
          case "date", "datetime" -> instant(value);
          default -> value;
        };
    return (Comparable<Object>) k;
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      throw new BadRequest(s + " is not a valid number");
    }
  }

  private static Instant instant(String s) {
    Instant at = Writes.parseInstant(s);
    if (at == null) {
      throw new BadRequest(s + " is not a valid date");
    }
    return at;
  }
}
