package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates {@code items_page_by_column_values}: every column query must match (AND), and within
 * one the item's value must equal any of {@code column_values} (ANY_OF). A value is compared with
 * the column's text and, for email, phone, link and status values, with the address, number, URL or
 * label. Column types monday does not support here are an {@code InvalidArgumentException}.
 */
final class ColumnValuesMatcher {

  private static final Set<String> SUPPORTED =
      Set.of(
          "name",
          "text",
          "long_text",
          "email",
          "phone",
          "numbers",
          "status",
          "dropdown",
          "date",
          "checkbox",
          "country",
          "hour",
          "link",
          "people",
          "timeline",
          "world_clock");
  private static final List<String> INNER = List.of("email", "phone", "url", "label");

  private ColumnValuesMatcher() {}

  /** The ids of the matching active items, in creation order. */
  static List<String> select(
      MondayBoard board, List<MondayItem> active, List<Map<String, Object>> columns) {
    if (columns == null || columns.isEmpty()) {
      throw MondayApiError.invalidArgument("columns must name at least one column");
    }
    Predicate<MondayItem> all = item -> true;
    for (Map<String, Object> c : columns) {
      all = all.and(column(board, c));
    }
    return active.stream().filter(all).map(MondayItem::id).toList();
  }

  @SuppressWarnings("unchecked")
  private static Predicate<MondayItem> column(MondayBoard board, Map<String, Object> query) {
    String columnId = String.valueOf(query.get("column_id"));
    List<String> wanted =
        ((List<Object>) query.get("column_values"))
            .stream().map(v -> v == null ? "" : v.toString().trim()).toList();
    if (columnId.equals("name")) {
      return item -> wanted.contains(item.name());
    }
    MondayColumn column = board.column(columnId);
    if (!SUPPORTED.contains(column.type())) {
      throw MondayApiError.invalidArgument(
          "items_page_by_column_values does not support " + column.type() + " columns");
    }
    return item -> candidates(item.value(columnId)).stream().anyMatch(wanted::contains);
  }

  private static List<String> candidates(StoredValue value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      out.add("");
      return out;
    }
    out.add(value.text() == null ? "" : value.text().trim());
    try {
      JsonNode json = value.valueJson() == null ? null : Json.MAPPER.readTree(value.valueJson());
      for (String field : INNER) {
        if (json != null && json.path(field).isTextual()) {
          out.add(json.path(field).asText().trim());
        }
      }
    } catch (JsonProcessingException e) {
      return out;
    }
    return out;
  }
}
