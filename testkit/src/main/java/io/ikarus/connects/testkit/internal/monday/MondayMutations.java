package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import io.ikarus.connects.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolvers of the {@code Mutation} type. */
final class MondayMutations {

  private final MondayStore store;

  MondayMutations(MondayStore store) {
    this.store = store;
  }

  TypeRuntimeWiring.Builder wiring(TypeRuntimeWiring.Builder type) {
    return type.dataFetcher("create_item", this::createItem)
        .dataFetcher("change_multiple_column_values", this::changeMultiple)
        .dataFetcher("change_column_value", this::changeOne)
        .dataFetcher("archive_item", env -> store.changeState(itemId(env), "archived"))
        .dataFetcher("delete_item", env -> store.changeState(itemId(env), "deleted"))
        .dataFetcher("complexity", MondayQueries::complexity);
  }

  private MondayItem createItem(DataFetchingEnvironment env) {
    Map<String, JsonNode> values =
        env.getArgument("column_values") == null ? Map.of() : columnValues(env, "column_values");
    return store.createItem(
        env.getArgument("board_id"),
        env.getArgument("group_id"),
        env.getArgument("item_name"),
        values,
        labels(env));
  }

  private MondayItem changeMultiple(DataFetchingEnvironment env) {
    return store.changeValues(
        env.getArgument("board_id"), itemId(env), columnValues(env, "column_values"), labels(env));
  }

  private MondayItem changeOne(DataFetchingEnvironment env) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put(env.getArgument("column_id"), parse(env.getArgument("value"), "value"));
    return store.changeValues(env.getArgument("board_id"), itemId(env), values, labels(env));
  }

  private static String itemId(DataFetchingEnvironment env) {
    String id = env.getArgument("item_id");
    if (id == null) {
      throw MondayApiError.invalidArgument("item_id is required");
    }
    return id;
  }

  private static boolean labels(DataFetchingEnvironment env) {
    return Boolean.TRUE.equals(env.getArgument("create_labels_if_missing"));
  }

  private static Map<String, JsonNode> columnValues(DataFetchingEnvironment env, String name) {
    JsonNode parsed = parse(env.getArgument(name), name);
    if (!parsed.isObject()) {
      throw MondayApiError.jsonParse(name);
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    parsed.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
    return values;
  }

  /** JSON arguments are JSON-encoded strings; anything else is refused like monday does. */
  private static JsonNode parse(Object argument, String name) {
    if (!(argument instanceof String text)) {
      throw MondayApiError.jsonParse(name);
    }
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw MondayApiError.jsonParse(name);
    }
  }
}
