package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ErrorContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Finds the items holding given key values with monday's {@code items_page_by_column_values}: one
 * request for up to 500 matches, instead of scanning the board with {@code items_page} (email and
 * phone {@code any_of} rules cannot compare addresses or numbers, so a filtered page could not).
 */
final class KeyLookup {

  /**
   * The key column types looked up this way: monday's reference lists more, but these are the ones
   * whose key values have one plain spelling (others keep the {@code items_page} path).
   */
  static final Set<String> SUPPORTED =
      Set.of("name", "text", "long_text", "email", "phone", "numbers", "status");

  private final MondayClient client;

  KeyLookup(MondayClient client) {
    this.client = client;
  }

  /**
   * Maps each normalised key value to the id of the first item holding it.
   *
   * @param normal how a key value is normalised, for both the request and the match
   */
  CompletableFuture<Map<String, String>> find(
      String object,
      BoardColumns columns,
      BoardColumn key,
      List<Object> values,
      Function<Object, String> normal) {
    List<String> wanted = values.stream().map(v -> spelling(key, v)).distinct().toList();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("b", columns.boardId());
    variables.put("c", List.of(Map.of("column_id", key.id(), "column_values", wanted)));
    variables.put("limit", QueryPlan.MAX_PAGE);
    variables.put("cols", List.of(key.id()));
    return page(object, key, variables, normal, new LinkedHashMap<>());
  }

  /** How monday spells a key value in {@code column_values}: an address or number, no label. */
  static String spelling(BoardColumn key, Object value) {
    String text =
        value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
    text = text.trim();
    if (key.type().equals("numbers") && value instanceof Number n) {
      return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return key.type().equals("email") || key.type().equals("phone") ? text.split("\\s+")[0] : text;
  }

  private CompletableFuture<Map<String, String>> page(
      String object,
      BoardColumn key,
      Map<String, Object> variables,
      Function<Object, String> normal,
      Map<String, String> found) {
    long cost = Costs.page(QueryPlan.MAX_PAGE);
    return client
        .send("upsert", Documents.ITEMS_BY_COLUMN_VALUES, variables, cost, true)
        .thenCompose(
            r -> {
              JsonNode page = r.orThrow().data("items_page_by_column_values");
              ErrorContext context = r.context();
              for (JsonNode item : page.path("items")) {
                CrmRecord record = ItemMapper.toRecord(object, item, context);
                found.putIfAbsent(normal.apply(record.fields().get(key.id())), record.id());
              }
              String cursor = page.path("cursor").asText(null);
              if (cursor == null || cursor.isEmpty()) {
                return CompletableFuture.completedFuture(found);
              }
              Map<String, Object> next = new LinkedHashMap<>(variables);
              next.put("c", null);
              next.put("k", cursor);
              return page(object, key, next, normal, found);
            });
  }
}
