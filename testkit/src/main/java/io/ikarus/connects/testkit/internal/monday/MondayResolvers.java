package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.monday.MondayItem.StoredValue;
import io.ikarus.connects.testkit.internal.monday.MondayStore.ActivityLog;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The schema's resolvers: the {@code Query} and {@code Mutation} fields, {@code items_page} and its
 * cursors, and the computed fields of Board, Column, Item and ActivityLogType. Fields named like a
 * public accessor of the source ({@code id}, {@code name}, {@code title}, ...) use graphql-java's
 * default property fetcher.
 */
final class MondayResolvers {

  private static final int MAX_PAGE = 500;

  /** The token's user, as {@code me} returns it. */
  private static final Map<String, Object> ME =
      Map.of(
          "id", "1000001", "name", "Fake User", "email", "fake.user@example.com", "is_admin", true);

  private final MondayStore store;
  private final CursorRegistry cursors;

  /** A column value as returned; an empty column has text {@code ""} and value null. */
  record ColumnValueView(String id, String type, String text, String value, MondayColumn column) {

    static ColumnValueView of(MondayColumn c, StoredValue v) {
      return new ColumnValueView(
          c.id(), c.type(), v == null ? "" : v.text(), v == null ? null : v.json().toString(), c);
    }
  }

  /** A page of {@code items_page}; the cursor is null on the last page. */
  record ItemsPage(String cursor, List<MondayItem> items) {}

  MondayResolvers(MondayStore store) {
    this.store = store;
    this.cursors = new CursorRegistry(store.clock());
  }

  /** The schema's runtime wiring: the custom scalars and these resolvers. */
  RuntimeWiring wiring() {
    return RuntimeWiring.newRuntimeWiring()
        .scalar(MondayScalars.JSON)
        .scalar(MondayScalars.COMPARE_VALUE)
        .scalar(MondayScalars.DATE)
        .scalar(MondayScalars.ISO_DATE_TIME)
        .type(
            "Query",
            t ->
                t.dataFetcher("boards", env -> limited(env, store.boards(env.getArgument("ids"))))
                    .dataFetcher("items", this::items)
                    .dataFetcher("next_items_page", env -> page(env, List::of))
                    .dataFetcher("items_page_by_column_values", this::itemsByColumnValues)
                    .dataFetcher("me", env -> ME)
                    .dataFetcher("complexity", MondayResolvers::complexity))
        .type(
            "Mutation",
            t ->
                t.dataFetcher("create_item", this::createItem)
                    .dataFetcher("change_multiple_column_values", this::changeMultiple)
                    .dataFetcher("change_column_value", this::changeOne)
                    .dataFetcher("archive_item", env -> store.changeState(itemId(env), "archived"))
                    .dataFetcher("delete_item", env -> store.changeState(itemId(env), "deleted"))
                    .dataFetcher("complexity", MondayResolvers::complexity))
        .type(
            "Board",
            t ->
                t.dataFetcher("state", env -> "active")
                    .dataFetcher("columns", env -> columns(board(env), env))
                    .dataFetcher("groups", env -> groups(board(env), env.getArgument("ids")))
                    .dataFetcher("items_page", this::itemsPage)
                    .dataFetcher("activity_logs", this::activityLogs))
        .type(
            "Column",
            t ->
                t.dataFetcher(
                    "settings_str", env -> ((MondayColumn) env.getSource()).settingsStr()))
        .type(
            "Item",
            t ->
                t.dataFetcher("created_at", env -> item(env).createdAt())
                    .dataFetcher("updated_at", env -> item(env).updatedAt())
                    .dataFetcher("board", env -> store.board(item(env).boardId()))
                    .dataFetcher("group", this::group)
                    .dataFetcher("column_values", this::columnValues))
        .type(
            "ActivityLogType",
            t ->
                t.dataFetcher("entity", env -> "pulse")
                    .dataFetcher("user_id", env -> "1")
                    .dataFetcher("account_id", env -> "1")
                    .dataFetcher(
                        "created_at", env -> ((ActivityLog) env.getSource()).createdAtTicks()))
        .build();
  }

  private List<MondayItem> items(DataFetchingEnvironment env) {
    List<String> ids = ItemsQueryEngine.ids(env.getArgument("ids"));
    return ids == null
        ? List.of()
        : limited(env, store.items(ids, Boolean.TRUE.equals(env.getArgument("exclude_nonactive"))));
  }

  /**
   * The {@code page} (from 1; items have none) of {@code limit} elements of {@code all}, for
   * boards, items and activity logs; a null argument takes the schema's default, 25 and 1.
   */
  private static <T> List<T> limited(DataFetchingEnvironment env, List<T> all) {
    int limit = Math.max(0, Objects.requireNonNullElse(env.getArgument("limit"), 25));
    long from =
        (long) Math.max(0, Objects.requireNonNullElse(env.getArgument("page"), 1) - 1) * limit;
    return all.stream().skip(from).limit(limit).toList();
  }

  private ItemsPage itemsPage(DataFetchingEnvironment env) {
    MondayBoard board = env.getSource();
    Map<String, Object> query = env.getArgument("query_params");
    if (query != null && env.getArgument("cursor") != null) {
      throw MondayApiError.invalidArgument("cursor can't be used together with query_params");
    }
    return page(env, () -> ItemsQueryEngine.select(board, store.activeItems(board.id()), query));
  }

  private ItemsPage itemsByColumnValues(DataFetchingEnvironment env) {
    return page(
        env,
        () -> {
          MondayBoard board = store.board(env.getArgument("board_id").toString());
          return ItemsQueryEngine.byColumnValues(
              board, store.activeItems(board.id()), env.getArgument("columns"));
        });
  }

  /** The page the {@code cursor} argument continues, else the first page of {@code result}. */
  private ItemsPage page(DataFetchingEnvironment env, Supplier<List<String>> result) {
    int limit = limit(env);
    String cursor = env.getArgument("cursor");
    CursorRegistry.Slice slice =
        cursor != null ? cursors.next(cursor, limit) : cursors.first(result.get(), limit);
    return new ItemsPage(slice.next(), store.items(slice.ids(), true));
  }

  private static int limit(DataFetchingEnvironment env) {
    Integer limit = env.getArgument("limit");
    if (limit == null || limit < 1 || limit > MAX_PAGE) {
      throw MondayApiError.invalidArgument("limit must be between 1 and " + MAX_PAGE);
    }
    return limit;
  }

  private static Map<String, Object> complexity(DataFetchingEnvironment env) {
    ComplexityCosts.Charge charge = env.getGraphQlContext().get(ComplexityCosts.CHARGE);
    return Map.of(
        "before", charge.before(),
        "after", charge.after(),
        "query", charge.query(),
        "reset_in_x_seconds", charge.resetInSeconds());
  }

  private MondayItem createItem(DataFetchingEnvironment env) {
    ObjectNode values =
        env.getArgument("column_values") == null ? Json.object() : jsonObject(env, "column_values");
    return store.createItem(
        env.getArgument("board_id"),
        env.getArgument("group_id"),
        env.getArgument("item_name"),
        values,
        labels(env));
  }

  private MondayItem changeMultiple(DataFetchingEnvironment env) {
    return store.changeValues(
        env.getArgument("board_id"), itemId(env), jsonObject(env, "column_values"), labels(env));
  }

  private MondayItem changeOne(DataFetchingEnvironment env) {
    ObjectNode values = Json.object();
    values.set(env.getArgument("column_id"), parse(env.getArgument("value"), "value"));
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

  private static ObjectNode jsonObject(DataFetchingEnvironment env, String name) {
    if (!(parse(env.getArgument(name), name) instanceof ObjectNode values)) {
      throw MondayApiError.jsonParse(name);
    }
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

  private List<ColumnValueView> columnValues(DataFetchingEnvironment env) {
    MondayItem item = item(env);
    return columns(store.board(item.boardId()), env).stream()
        .filter(c -> !c.type().equals("name"))
        .map(c -> ColumnValueView.of(c, item.value(c.id())))
        .toList();
  }

  /** The board's columns, filtered by the {@code ids} and {@code types} arguments. */
  private static List<MondayColumn> columns(MondayBoard board, DataFetchingEnvironment env) {
    List<String> ids = env.getArgument("ids");
    List<String> types = env.getArgument("types");
    return board.columns().values().stream()
        .filter(c -> ids == null || ids.contains(c.id()))
        .filter(c -> types == null || types.contains(c.type()))
        .toList();
  }

  private Map<String, Object> group(DataFetchingEnvironment env) {
    MondayItem item = item(env);
    return groups(store.board(item.boardId()), List.of(item.groupId())).get(0);
  }

  /** The board's groups, only those named by {@code ids} unless it is null. */
  private static List<Map<String, Object>> groups(MondayBoard board, List<String> ids) {
    return board.groups().entrySet().stream()
        .filter(e -> ids == null || ids.contains(e.getKey()))
        .map(e -> Map.<String, Object>of("id", e.getKey(), "title", e.getValue()))
        .toList();
  }

  private List<ActivityLog> activityLogs(DataFetchingEnvironment env) {
    return limited(
        env, store.logs(board(env).id(), env.getArgument("from"), env.getArgument("to")));
  }

  private static MondayBoard board(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static MondayItem item(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
