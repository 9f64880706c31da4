package io.ikarus.connects.testkit.internal.monday;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Field resolvers of the object types: Board, Column, Item, ColumnValue, ActivityLogType. Fields
 * named like a public accessor of the source ({@code id}, {@code name}, {@code title}, ...) use
 * graphql-java's default property fetcher.
 */
final class MondayTypes {

  private final MondayStore store;
  private final MondayQueries queries;

  /**
   * A column value as returned, read by graphql-java's default fetcher.
   *
   * @param id the column id
   * @param type the column type
   * @param text the display text, empty when the column is empty
   * @param value the JSON value, null when the column is empty
   * @param column the column
   */
  record ColumnValueView(String id, String type, String text, String value, MondayColumn column) {

    static ColumnValueView of(MondayColumn c, StoredValue v) {
      return new ColumnValueView(
          c.id(), c.type(), v == null ? "" : v.text(), v == null ? null : v.valueJson(), c);
    }
  }

  MondayTypes(MondayStore store, MondayQueries queries) {
    this.store = store;
    this.queries = queries;
  }

  RuntimeWiring.Builder wiring(RuntimeWiring.Builder wiring) {
    return wiring
        .type(
            "Board",
            t ->
                t.dataFetcher("state", env -> "active")
                    .dataFetcher("columns", this::columns)
                    .dataFetcher("groups", env -> groups(board(env)))
                    .dataFetcher("items_page", queries::itemsPage)
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
                        "created_at", env -> ((ActivityLog) env.getSource()).createdAtTicks()));
  }

  private List<MondayColumn> columns(DataFetchingEnvironment env) {
    return columns(board(env), env);
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
    return Map.of(
        "id", item.groupId(), "title", store.board(item.boardId()).groups().get(item.groupId()));
  }

  private static List<Map<String, Object>> groups(MondayBoard board) {
    return board.groups().entrySet().stream()
        .map(e -> Map.<String, Object>of("id", e.getKey(), "title", e.getValue()))
        .toList();
  }

  private List<ActivityLog> activityLogs(DataFetchingEnvironment env) {
    Instant from = env.getArgument("from");
    Instant to = env.getArgument("to");
    int limit = env.getArgument("limit");
    int page = env.getArgument("page");
    List<ActivityLog> logs = store.logs(board(env).id(), from, to);
    int start = Math.min(logs.size(), Math.max(0, page - 1) * limit);
    return logs.subList(start, Math.min(logs.size(), start + limit));
  }

  private static MondayBoard board(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static MondayItem item(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
