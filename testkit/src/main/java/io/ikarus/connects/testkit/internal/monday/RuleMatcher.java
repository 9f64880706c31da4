package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
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
      Instant bound = Instant.parse(exact(values).toString());
      return item -> ordered(op, item.updatedAt().compareTo(bound));
    }
    MondayColumn column = board.column(columnId);
    require(columnId, column.type(), op);
    return switch (column.type()) {
      case "numbers", "date" -> orderedRule(column, op, values);
      case "status" -> statusRule(column, op, values);
      default -> textRule(column, op, values);
    };
  }

  private static Predicate<MondayItem> textRule(MondayColumn c, String op, List<Object> values) {
    if (c.type().equals("email")
        && op.endsWith("any_of")
        && values.stream().anyMatch(v -> !v.toString().isEmpty())) {
      throw MondayApiError.invalidArgument(
          "any_of and not_any_of on an email column compare blank values only");
    }
    if (c.type().equals("phone") && op.endsWith("any_of")) {
      return item -> phoneCountry(op, values, item.value(c.id()));
    }
    return item -> {
      String text = text(c, item);
      return switch (op) {
        case "is_empty" -> text.isEmpty();
        case "is_not_empty" -> !text.isEmpty();
        case "any_of" -> values.stream().anyMatch(v -> v.toString().equals(text));
        case "not_any_of" -> values.stream().noneMatch(v -> v.toString().equals(text));
        case "contains_text" -> contains(text, values);
        default -> !contains(text, values);
      };
    };
  }

  private static Predicate<MondayItem> statusRule(MondayColumn c, String op, List<Object> values) {
    List<String> indexes = values.stream().map(Object::toString).toList();
    return item -> {
      String label = text(c, item);
      boolean empty = label.isEmpty();
      boolean hit = !empty && indexes.contains(Integer.toString(c.labelIndex(label)));
      return switch (op) {
        case "is_empty" -> empty;
        case "is_not_empty" -> !empty;
        case "any_of" -> hit;
        default -> !hit;
      };
    };
  }

  private static Predicate<MondayItem> orderedRule(MondayColumn c, String op, List<Object> values) {
    List<Comparable<Object>> bounds =
        values.stream()
            .filter(v -> !"EXACT".equals(v))
            .map(v -> comparable(c, v.toString()))
            .toList();
    return item -> {
      Comparable<Object> value = sortKey(c, item);
      if (op.equals("is_empty") || op.equals("is_not_empty")) {
        return (value == null) == op.equals("is_empty");
      }
      if (value == null) {
        return op.equals("not_any_of");
      }
      return switch (op) {
        case "any_of" -> bounds.stream().anyMatch(b -> b.compareTo(value) == 0);
        case "not_any_of" -> bounds.stream().noneMatch(b -> b.compareTo(value) == 0);
        case "between" ->
            bounds.size() == 2
                && bounds.get(0).compareTo(value) <= 0
                && bounds.get(1).compareTo(value) >= 0;
        default -> ordered(op, value.compareTo(bounds.get(0)));
      };
    };
  }

  /** Phone any_of compares ISO-2 countries, as monday documents it. */
  private static boolean phoneCountry(String op, List<Object> values, StoredValue value) {
    String json = value == null ? "" : value.valueJson();
    boolean hit =
        values.stream().anyMatch(v -> json.contains("\"countryShortName\":\"" + v + "\""));
    return op.equals("any_of") == hit;
  }

  @SuppressWarnings("unchecked")
  static Comparable<Object> sortKey(MondayColumn c, MondayItem item) {
    String text = text(c, item);
    if (text.isEmpty()) {
      return null;
    }
    return switch (c.type()) {
      case "numbers", "date" -> comparable(c, text);
      default -> (Comparable<Object>) (Comparable<?>) text.toLowerCase(Locale.ROOT);
    };
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(MondayColumn c, String value) {
    try {
      Comparable<?> result =
          c.type().equals("numbers")
              ? new BigDecimal(value)
              : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      return (Comparable<Object>) result;
    } catch (RuntimeException e) {
      throw MondayApiError.invalidArgument(
          "compare_value for column " + c.id() + " is not a valid " + c.type());
    }
  }

  private static boolean ordered(String op, int cmp) {
    return switch (op) {
      case "greater_than" -> cmp > 0;
      case "greater_than_or_equals" -> cmp >= 0;
      case "lower_than" -> cmp < 0;
      default -> cmp <= 0;
    };
  }

  private static String text(MondayColumn c, MondayItem item) {
    if (c.type().equals("name")) {
      return item.name();
    }
    StoredValue value = item.value(c.id());
    return value == null ? "" : value.text();
  }

  private static boolean contains(String text, List<Object> values) {
    String lower = text.toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> lower.contains(v.toString().toLowerCase(Locale.ROOT)));
  }

  private static Object exact(List<Object> values) {
    return values.stream()
        .filter(v -> !"EXACT".equals(v))
        .findFirst()
        .orElseThrow(() -> MondayApiError.invalidArgument("compare_value needs a date"));
  }

  private static List<Object> values(Object compareValue) {
    if (compareValue instanceof List<?> list) {
      return List.copyOf(list.stream().map(v -> (Object) v).toList());
    }
    return compareValue == null ? List.of() : List.of(compareValue);
  }

  private static void require(String column, String type, String op) {
    if (!OPERATORS.get(type).contains(op)) {
      throw MondayApiError.invalidArgument(
          "Operator " + op + " is not supported for column " + column + " of type " + type);
    }
  }
}
