package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One search filter: {@code propertyName}, {@code operator} and its {@code value}, {@code values}
 * or {@code highValue}, compared by the property's type (numbers numerically, dates as instants).
 */
final class FilterMatcher {

  private static final Set<String> OPERATORS =
      Set.of(
          ("EQ NEQ LT LTE GT GTE BETWEEN IN NOT_IN HAS_PROPERTY NOT_HAS_PROPERTY CONTAINS_TOKEN"
                  + " NOT_CONTAINS_TOKEN")
              .split(" "));

  private final String property;
  private final String operator;
  private final String value;
  private final String type;
  private final Comparable<Object> valueKey;
  private final Comparable<Object> highKey;
  private final List<Comparable<Object>> valueKeys = new ArrayList<>();

  FilterMatcher(JsonNode filter, PropertyDef def) {
    this.property = def.name();
    this.operator = filter.path("operator").asText("");
    if (!OPERATORS.contains(operator)) {
      throw new BadRequest("Invalid filter operator: " + operator);
    }
    this.value = filter.path("value").asText(null);
    String highValue = filter.path("highValue").asText(null);
    this.type = def.type();
    boolean list = operator.equals("IN") || operator.equals("NOT_IN");
    String missing =
        list && filter.path("values").isEmpty()
            ? "values"
            : !list && !operator.endsWith("HAS_PROPERTY") && value == null
                ? "a value"
                : operator.equals("BETWEEN") && highValue == null ? "highValue" : null;
    if (missing != null) {
      throw new BadRequest(
          "Filter on " + property + " with operator " + operator + " requires " + missing);
    }
    this.valueKey = value == null ? null : key(type, value);
    this.highKey = highValue == null ? null : key(type, highValue);
    filter.path("values").forEach(v -> valueKeys.add(key(type, v.asText())));
  }

  boolean matches(StoredRecord o) {
    String actual = Records.value(o, property);
    if (operator.endsWith("HAS_PROPERTY")) {
      return (actual == null) == operator.startsWith("NOT_");
    }
    if (actual == null) {
      return operator.startsWith("NOT_") || operator.equals("NEQ");
    }
    if (operator.endsWith("CONTAINS_TOKEN")) {
      return containsToken(actual, value) != operator.startsWith("NOT_");
    }
    Comparable<Object> a = property.equals("hs_object_id") ? id(o) : key(type, actual);
    return switch (operator) {
      case "EQ" -> a.compareTo(valueKey) == 0;
      case "NEQ" -> a.compareTo(valueKey) != 0;
      case "LT" -> a.compareTo(valueKey) < 0;
      case "LTE" -> a.compareTo(valueKey) <= 0;
      case "GT" -> a.compareTo(valueKey) > 0;
      case "GTE" -> a.compareTo(valueKey) >= 0;
      case "BETWEEN" -> a.compareTo(valueKey) >= 0 && a.compareTo(highKey) <= 0;
      case "IN" -> in(a);
      default -> !in(a);
    };
  }

  /** Every matching record's id is above this (a GT/GTE filter on the id), else MIN_VALUE. */
  long idsAbove() {
    if (!property.equals("hs_object_id") || valueKey == null) {
      return Long.MIN_VALUE;
    }
    long v = ((BigDecimal) (Object) valueKey).longValue();
    return operator.equals("GT") ? v : operator.equals("GTE") ? v - 1 : Long.MIN_VALUE;
  }

  /** The id is never missing and always a whole number: its key without parsing text. */
  @SuppressWarnings("unchecked")
  private static Comparable<Object> id(StoredRecord o) {
    return (Comparable<Object>) (Comparable<?>) BigDecimal.valueOf(Long.parseLong(o.id()));
  }

  private boolean in(Comparable<Object> actual) {
    return valueKeys.stream().anyMatch(v -> actual.compareTo(v) == 0);
  }

  /** A {@code *} is a wildcard over the whole value; otherwise a whole word must match. */
  static boolean containsToken(String actual, String token) {
    String a = actual.toLowerCase(Locale.ROOT);
    String t = token.toLowerCase(Locale.ROOT);
    if (t.contains("*")) {
      String regex =
          Arrays.stream(t.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
      return Pattern.compile(regex, Pattern.DOTALL).matcher(a).matches();
    }
    return a.equals(t) || Arrays.asList(a.split("[^\\p{L}\\p{N}]+")).contains(t);
  }

  /** The sort key of a value: numbers numerically, dates as instants, text as text. */
  @SuppressWarnings("unchecked")
  static Comparable<Object> key(String type, String value) {
    Comparable<?> k =
        switch (type) {
          case "number" -> Writes.parseNumber(value.trim());
          case "date", "datetime" -> Writes.parseInstant(value);
          default -> value;
        };
    if (k == null) {
      throw new BadRequest(
          value + " is not a valid " + (type.equals("number") ? "number" : "date"));
    }
    return (Comparable<Object>) k;
  }
}
