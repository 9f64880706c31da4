package io.ikarus.connects.minicrm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Evaluates MiniCrm search filters ({@code field}, {@code op}, {@code value}), all ANDed. */
final class MiniCrmFilters {

  private MiniCrmFilters() {}

  static boolean matches(Map<String, Object> record, List<Map<String, Object>> filters) {
    return filters.stream().allMatch(f -> matches(record, f));
  }

  private static boolean matches(Map<String, Object> record, Map<String, Object> filter) {
    Object actual = record.get((String) filter.get("field"));
    Object value = filter.get("value");
    return switch ((String) filter.get("op")) {
      case "EQ" -> Objects.equals(text(actual), text(value));
      case "NE" -> !Objects.equals(text(actual), text(value));
      case "CONTAINS" -> actual != null && text(actual).contains(text(value));
      case "IN" ->
          ((Collection<?>) value).stream().anyMatch(v -> Objects.equals(text(v), text(actual)));
      case "IS_NULL" -> (actual == null) == !Boolean.FALSE.equals(value);
      default -> throw new IllegalArgumentException("unsupported op " + filter.get("op"));
    };
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
