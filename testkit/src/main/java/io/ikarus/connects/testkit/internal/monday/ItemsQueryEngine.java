package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.internal.filter.Filter;
import io.ikarus.connects.testkit.internal.monday.MondayItem.StoredValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Evaluates {@code items_page(query_params: ...)}: {@code ids}, {@code rules} joined by {@code
 * operator}, and {@code order_by} (column ids, {@code __creation_log__}, {@code __last_updated__});
 * the default order is creation order. An operator a column type does not support is an {@code
 * InvalidArgumentException}, so a connector cannot rely on lenient filtering.
 *
 * <p>Evaluates {@code items_page_by_column_values} too: every column query must match (AND), and
 * within one the item's value must equal any of {@code column_values} (ANY_OF). A value is compared
 * with the column's text and, for email, phone, link and status values, with the address, number,
 * URL or label. monday supports every column type the fake models here.
 */
final class ItemsQueryEngine {

  private static final int MAX_IDS = 100;
  private static final List<String> INNER = List.of("email", "phone", "url", "label");

  private ItemsQueryEngine() {}

  /** Returns the ids of the matching active items of {@code board}, in result order. */
  static List<String> select(MondayBoard board, List<MondayItem> active, Map<String, Object> q) {
    Map<String, Object> query = Objects.requireNonNullElse(q, Map.of());
    Predicate<MondayItem> filter = filter(board, query);
    return active.stream().filter(filter).sorted(order(board, query)).map(MondayItem::id).toList();
  }

  @SuppressWarnings("unchecked")
  private static Predicate<MondayItem> filter(MondayBoard board, Map<String, Object> q) {
    List<Filter<MondayItem>> terms = new ArrayList<>();
    List<String> wanted = ids((List<String>) q.get("ids"));
    if (wanted != null) {
      terms.add(Filter.where(null, item -> wanted.contains(item.id())));
    }
    List<Map<String, Object>> rules = (List<Map<String, Object>>) q.get("rules");
    if (rules != null && !rules.isEmpty()) {
      List<Filter<MondayItem>> each =
          rules.stream()
              .map(r -> Filter.where(r.get("column_id").toString(), RuleMatcher.of(board, r)))
              .toList();
      terms.add("or".equals(q.get("operator")) ? Filter.any(each) : Filter.all(each));
    }
    return Filter.all(terms);
  }

  /** The item ids (graphql-java coerces {@code ID}s to strings), at most {@value #MAX_IDS}. */
  static List<String> ids(List<String> ids) {
    if (ids != null && ids.size() > MAX_IDS) {
      throw MondayApiError.invalidArgument("ids accepts at most " + MAX_IDS + " values");
    }
    return ids;
  }

  /** The {@code order_by} keys in turn, then creation order. */
  @SuppressWarnings("unchecked")
  private static Comparator<MondayItem> order(MondayBoard board, Map<String, Object> q) {
    Comparator<MondayItem> result = (a, b) -> 0;
    for (Map<String, Object> key :
        (List<Map<String, Object>>) Objects.requireNonNullElse(q.get("order_by"), List.of())) {
      Comparator<MondayItem> c = key(board, key.get("column_id").toString());
      result = result.thenComparing("desc".equals(key.get("direction")) ? c.reversed() : c);
    }
    return result.thenComparing(i -> Long.parseLong(i.id()));
  }

  private static Comparator<MondayItem> key(MondayBoard board, String columnId) {
    return switch (columnId) {
      case "__creation_log__" -> Comparator.comparing(MondayItem::createdAt);
      case "__last_updated__" -> Comparator.comparing(MondayItem::updatedAt);
      default -> {
        MondayColumn column = board.column(columnId);
        yield Comparator.comparing(
            (MondayItem i) -> RuleMatcher.sortKey(column, i),
            Comparator.nullsLast(Comparator.naturalOrder()));
      }
    };
  }

  /** The ids of the active items matching every column query, in creation order. */
  static List<String> byColumnValues(
      MondayBoard board, List<MondayItem> active, List<Map<String, Object>> columns) {
    if (columns == null || columns.isEmpty()) {
      throw MondayApiError.invalidArgument("columns must name at least one column");
    }
    Filter<MondayItem> all = Filter.all(columns.stream().map(c -> columnValues(board, c)).toList());
    return active.stream().filter(all).map(MondayItem::id).toList();
  }

  @SuppressWarnings("unchecked")
  private static Filter<MondayItem> columnValues(MondayBoard board, Map<String, Object> query) {
    String columnId = String.valueOf(query.get("column_id"));
    List<String> wanted =
        ((List<Object>) query.get("column_values"))
            .stream().map(v -> v == null ? "" : v.toString().trim()).toList();
    if (columnId.equals("name")) {
      return Filter.where(columnId, item -> wanted.contains(item.name()));
    }
    // an unknown column is an InvalidColumnIdException
    board.column(columnId);
    return Filter.where(
        columnId, item -> candidates(item.value(columnId)).stream().anyMatch(wanted::contains));
  }

  /** The item's text and, where the stored JSON has them, its address, number, URL or label. */
  private static List<String> candidates(StoredValue value) {
    if (value == null) {
      return List.of("");
    }
    Stream<String> inner =
        INNER.stream().map(value.json()::path).filter(JsonNode::isTextual).map(JsonNode::asText);
    return Stream.concat(Stream.of(value.text()), inner).map(String::trim).toList();
  }
}
