package io.ikarus.connects.monday.internal;

import io.ikarus.connects.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The {@code query_params} rule monday can evaluate for a filter, or null when it cannot (the
 * filter then runs client-side only). Operators per column type follow monday's column reference
 * pages: text any_of / not_any_of / contains_text / is_empty; email and phone contains_text (their
 * any_of compares blanks or countries, not values); numbers and date the ordering operators (dates
 * as {@code ["EXACT", "yyyy-MM-dd"]}); status any_of / not_any_of over label indexes.
 */
final class ServerRules {

  private ServerRules() {}

  static Map<String, Object> rule(BoardColumn column, Query.Filter filter) {
    if (filter.op() == Query.Op.IS_NULL) {
      boolean empty = filter.value() == null || (Boolean) filter.value();
      return rule(column.id(), empty ? "is_empty" : "is_not_empty", List.of());
    }
    return switch (column.type()) {
      case "text" -> text(column, filter, "any_of");
      case "name", "long_text", "email" -> text(column, filter, null);
      case "phone" ->
          filter.op() == Query.Op.CONTAINS || filter.op() == Query.Op.EQ
              ? rule(column.id(), "contains_text", List.of(firstToken(filter.value())))
              : null;
      case "numbers" -> ordered(column, filter, numbers(filter));
      case "date" -> ordered(column, filter, dates(filter));
      case "status" -> status(column, filter);
      default -> null;
    };
  }

  static Map<String, Object> updatedSince(Instant since) {
    Map<String, Object> rule =
        rule(
            "__last_updated__",
            "greater_than_or_equals",
            List.of("EXACT", since.truncatedTo(ChronoUnit.SECONDS).toString()));
    return withAttribute(rule, "UPDATED_AT");
  }

  private static Map<String, Object> text(BoardColumn column, Query.Filter filter, String eq) {
    return switch (filter.op()) {
      case EQ ->
          eq != null
              ? rule(column.id(), eq, List.of(filter.value().toString()))
              : rule(column.id(), "contains_text", List.of(filter.value().toString()));
      case NE ->
          eq != null ? rule(column.id(), "not_any_of", List.of(filter.value().toString())) : null;
      case IN -> eq != null ? rule(column.id(), eq, strings(filter.value())) : null;
      case CONTAINS -> rule(column.id(), "contains_text", List.of(filter.value().toString()));
      default -> null;
    };
  }

  private static Map<String, Object> ordered(
      BoardColumn column, Query.Filter filter, List<Object> values) {
    if (values == null) {
      return null;
    }
    String op =
        switch (filter.op()) {
          case EQ, IN -> "any_of";
          case NE -> "not_any_of";
          case GT -> "greater_than";
          case GTE -> "greater_than_or_equals";
          case LT -> "lower_than";
          case LTE -> "lower_than_or_equal";
          default -> null;
        };
    return op == null ? null : rule(column.id(), op, values);
  }

  private static Map<String, Object> status(BoardColumn column, Query.Filter filter) {
    if (filter.op() != Query.Op.EQ && filter.op() != Query.Op.NE && filter.op() != Query.Op.IN) {
      return null;
    }
    List<Object> indexes = new ArrayList<>();
    for (String label : strings(filter.value())) {
      int index = column.labelIndex(label);
      if (index < 0) {
        return null;
      }
      indexes.add(index);
    }
    return rule(column.id(), filter.op() == Query.Op.NE ? "not_any_of" : "any_of", indexes);
  }

  private static List<Object> numbers(Query.Filter filter) {
    List<Object> values = new ArrayList<>();
    for (Object v : filter.value() instanceof Collection<?> c ? c : List.of(filter.value())) {
      try {
        values.add(new BigDecimal(v.toString()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return values;
  }

  private static List<Object> dates(Query.Filter filter) {
    List<Object> values = new ArrayList<>();
    values.add("EXACT");
    for (Object v : filter.value() instanceof Collection<?> c ? c : List.of(filter.value())) {
      if (v instanceof LocalDate d) {
        values.add(d.toString());
      } else if (v instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        values.add(s);
      } else {
        return null;
      }
    }
    return values.size() == 2 ? values : null;
  }

  private static List<String> strings(Object value) {
    Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
    return values.stream().map(Object::toString).toList();
  }

  private static String firstToken(Object value) {
    return value.toString().trim().split("\\s+")[0];
  }

  private static Map<String, Object> rule(String columnId, String op, List<?> values) {
    return new java.util.LinkedHashMap<>(
        Map.of("column_id", columnId, "operator", op, "compare_value", values));
  }

  private static Map<String, Object> withAttribute(Map<String, Object> rule, String attribute) {
    rule.put("compare_attribute", attribute);
    return rule;
  }
}
