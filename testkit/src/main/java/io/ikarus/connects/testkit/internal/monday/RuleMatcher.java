package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.monday.MondayItem.StoredValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** One {@code query_params} rule as a predicate over items. */
final class RuleMatcher {

  /**
   * The operators a rule may use, by column type ({@code updated_at}: {@code __last_updated__}).
   */
  private static final Map<String, Set<String>> OPERATORS =
      Json.resource(
          "/io/ikarus/connects/testkit/monday/rule-operators.json", new TypeReference<>() {});

  private RuleMatcher() {}

  static Predicate<MondayItem> of(MondayBoard board, Map<String, Object> rule) {
    String columnId = rule.get("column_id").toString();
    String op = String.valueOf(rule.getOrDefault("operator", "any_of"));
    List<Object> values = values(rule.get("compare_value"));
    if ("__last_updated__".equals(columnId)) {
      require(columnId, "updated_at", op);
      List<Comparable<Object>> bound = List.of(key(Instant.parse(exact(values))));
      return item -> matches(op, key(item.updatedAt()), bound);
    }
    MondayColumn c = board.column(columnId);
    require(columnId, c.type(), op);
    if (c.type().equals("email")
        && op.endsWith("any_of")
        && values.stream().anyMatch(v -> !v.toString().isEmpty())) {
      throw MondayApiError.invalidArgument(
          "any_of and not_any_of on an email column compare blank values only");
    }
    if (c.type().equals("phone") && op.endsWith("any_of")) {
      return item -> phoneCountry(op, values, item.value(c.id()));
    }
    boolean ordered = isOrdered(c);
    List<Comparable<Object>> bounds =
        values.stream()
            .filter(v -> !ordered || !"EXACT".equals(v))
            .map(v -> ordered ? comparable(c, v.toString()) : key(v.toString()))
            .toList();
    return item -> matches(op, ruleKey(c, item), bounds);
  }

  /** {@code op} on an item's key: text ({@code ""} if empty), status index or number/date. */
  private static boolean matches(
      String op, Comparable<Object> value, List<Comparable<Object>> bounds) {
    boolean empty = value == null || "".equals(value);
    boolean hit = value != null && bounds.stream().anyMatch(b -> b.compareTo(value) == 0);
    return switch (op) {
      case "is_empty" -> empty;
      case "is_not_empty" -> !empty;
      case "any_of" -> hit;
      case "not_any_of" -> !hit;
      case "contains_text" -> contains(value.toString(), bounds);
      case "not_contains_text" -> !contains(value.toString(), bounds);
      case "between" ->
          value != null
              && bounds.size() == 2
              && bounds.get(0).compareTo(value) <= 0
              && bounds.get(1).compareTo(value) >= 0;
      case "greater_than" -> value != null && value.compareTo(bounds.get(0)) > 0;
      case "greater_than_or_equals" -> value != null && value.compareTo(bounds.get(0)) >= 0;
      case "lower_than" -> value != null && value.compareTo(bounds.get(0)) < 0;
      default -> value != null && value.compareTo(bounds.get(0)) <= 0;
    };
  }

  private static Comparable<Object> ruleKey(MondayColumn c, MondayItem item) {
    if (isOrdered(c)) {
      return sortKey(c, item);
    }
    String text = text(c, item);
    if (c.type().equals("status")) {
      return text.isEmpty() ? null : key(Integer.toString(c.labelIndex(text)));
    }
    return key(text);
  }

  /** Phone any_of compares ISO-2 countries, as monday documents it. */
  private static boolean phoneCountry(String op, List<Object> values, StoredValue value) {
    String country = value == null ? null : value.json().path("countryShortName").asText();
    return op.equals("any_of") == values.stream().anyMatch(v -> v.toString().equals(country));
  }

  static Comparable<Object> sortKey(MondayColumn c, MondayItem item) {
    String text = text(c, item);
    if (text.isEmpty()) {
      return null;
    }
    return isOrdered(c) ? comparable(c, text) : key(text.toLowerCase(Locale.ROOT));
  }

  private static Comparable<Object> comparable(MondayColumn c, String value) {
    try {
      return c.type().equals("numbers")
          ? key(new BigDecimal(value))
          : key(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
    } catch (RuntimeException e) {
      throw MondayApiError.invalidArgument(
          "compare_value for column " + c.id() + " is not a valid " + c.type());
    }
  }

  private static boolean isOrdered(MondayColumn c) {
    return c.type().equals("numbers") || c.type().equals("date");
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> key(Comparable<?> value) {
    return (Comparable<Object>) value;
  }

  private static String text(MondayColumn c, MondayItem item) {
    if (c.type().equals("name")) {
      return item.name();
    }
    StoredValue value = item.value(c.id());
    return value == null ? "" : value.text();
  }

  private static boolean contains(String text, List<Comparable<Object>> values) {
    String lower = text.toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> lower.contains(v.toString().toLowerCase(Locale.ROOT)));
  }

  private static String exact(List<Object> values) {
    return values.stream()
        .filter(v -> !"EXACT".equals(v))
        .map(Object::toString)
        .findFirst()
        .orElseThrow(() -> MondayApiError.invalidArgument("compare_value needs a date"));
  }

  /** {@code compare_value} as a list; never null, as the schema declares it non-null. */
  private static List<Object> values(Object compareValue) {
    return compareValue instanceof List<?> list ? List.copyOf(list) : List.of(compareValue);
  }

  private static void require(String column, String type, String op) {
    if (!OPERATORS.get(type).contains(op)) {
      throw MondayApiError.invalidArgument(
          "Operator " + op + " is not supported for column " + column + " of type " + type);
    }
  }
}
