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

  /** A column value as returned: the column and its stored value (null when empty). */
  record ColumnValueView(MondayColumn column, StoredValue value) {}

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
        .type("Column", t -> t.dataFetcher("settings_str", env -> column(env).settingsStr()))
        .type(
            "Item",
            t ->
                t.dataFetcher("created_at", env -> item(env).createdAt())
                    .dataFetcher("updated_at", env -> item(env).updatedAt())
                    .dataFetcher("board", env -> store.board(item(env).boardId()))
                    .dataFetcher("group", this::group)
                    .dataFetcher("column_values", this::columnValues))
        .type(
            "ColumnValue",
            t ->
                t.dataFetcher("id", env -> view(env).column().id())
                    .dataFetcher("type", env -> view(env).column().type())
                    .dataFetcher(
                        "text", env -> view(env).value() == null ? "" : view(env).value().text())
                    .dataFetcher(
                        "value",
                        env -> view(env).value() == null ? null : view(env).value().valueJson())
                    .dataFetcher("column", env -> view(env).column()))
        .type(
            "ActivityLogType",
            t ->
                t.dataFetcher("user_id", env -> "1")
                    .dataFetcher("account_id", env -> "1")
                    .dataFetcher("created_at", env -> log(env).createdAtTicks()));
  }

  private List<MondayColumn> columns(DataFetchingEnvironment env) {
    List<String> ids = env.getArgument("ids");
    List<String> types = env.getArgument("types");
    return board(env).columns().stream()
        .filter(c -> ids == null || ids.contains(c.id()))
        .filter(c -> types == null || types.contains(c.type()))
        .toList();
  }

  private List<ColumnValueView> columnValues(DataFetchingEnvironment env) {
    MondayItem item = item(env);
    List<String> ids = env.getArgument("ids");
    List<String> types = env.getArgument("types");
    return store.board(item.boardId()).columns().stream()
        .filter(c -> !c.type().equals("name"))
        .filter(c -> ids == null || ids.contains(c.id()))
        .filter(c -> types == null || types.contains(c.type()))
        .map(c -> new ColumnValueView(c, item.value(c.id())))
        .toList();
  }

  private Map<String, Object> group(DataFetchingEnvironment env) {
    MondayItem item = item(env);
    return Map.of(
        "id", item.groupId(), "title", store.board(item.boardId()).groups.get(item.groupId()));
  }

  private static List<Map<String, Object>> groups(MondayBoard board) {
    return board.groups.entrySet().stream()
        .map(e -> Map.<String, Object>of("id", e.getKey(), "title", e.getValue()))
        .toList();
  }

  private List<ActivityLog> activityLogs(DataFetchingEnvironment env) {
    Instant from = env.getArgument("from");
    Instant to = env.getArgument("to");
    int limit = env.getArgument("limit");
    int page = env.getArgument("page");
    List<ActivityLog> logs = store.logs(board(env).id, from, to);
    int start = Math.min(logs.size(), Math.max(0, page - 1) * limit);
    return logs.subList(start, Math.min(logs.size(), start + limit));
  }

  private static MondayBoard board(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static MondayColumn column(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static MondayItem item(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static ColumnValueView view(DataFetchingEnvironment env) {
    return env.getSource();
  }

  private static ActivityLog log(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
