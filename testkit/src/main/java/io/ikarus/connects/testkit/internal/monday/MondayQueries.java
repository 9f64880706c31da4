package io.ikarus.connects.testkit.internal.monday;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolvers of the {@code Query} type and of {@code Board.items_page}. */
final class MondayQueries {

  static final int MAX_PAGE = 500;
  private static final int MAX_ITEMS_IDS = 100;

  /** The token's user, as {@code me} returns it. */
  private static final Map<String, Object> ME =
      Map.of(
          "id", "1000001", "name", "Fake User", "email", "fake.user@example.com", "is_admin", true);

  private final MondayStore store;
  private final CursorRegistry cursors;

  MondayQueries(MondayStore store, CursorRegistry cursors) {
    this.store = store;
    this.cursors = cursors;
  }

  TypeRuntimeWiring.Builder wiring(TypeRuntimeWiring.Builder type) {
    return type.dataFetcher("boards", env -> store.boards(ids(env)))
        .dataFetcher("items", this::items)
        .dataFetcher("next_items_page", this::nextItemsPage)
        .dataFetcher("items_page_by_column_values", this::itemsByColumnValues)
        .dataFetcher("me", env -> ME)
        .dataFetcher("complexity", MondayQueries::complexity);
  }

  private List<MondayItem> items(DataFetchingEnvironment env) {
    List<String> ids = ids(env);
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() > MAX_ITEMS_IDS) {
      throw MondayApiError.invalidArgument("ids accepts at most " + MAX_ITEMS_IDS + " values");
    }
    return store.items(ids, Boolean.TRUE.equals(env.getArgument("exclude_nonactive")));
  }

  Map<String, Object> itemsPage(DataFetchingEnvironment env) {
    MondayBoard board = env.getSource();
    int limit = limit(env);
    if (env.getArgument("cursor") != null) {
      if (env.getArgument("query_params") != null) {
        throw MondayApiError.invalidArgument("cursor can't be used together with query_params");
      }
      return slice(env.getArgument("cursor"), limit);
    }
    return firstPage(
        ItemsQueryEngine.select(
            board, store.activeItems(board.id()), env.getArgument("query_params")),
        limit);
  }

  private Map<String, Object> itemsByColumnValues(DataFetchingEnvironment env) {
    int limit = limit(env);
    if (env.getArgument("cursor") != null) {
      return slice(env.getArgument("cursor"), limit);
    }
    MondayBoard board = store.board(env.getArgument("board_id").toString());
    return firstPage(
        ItemsQueryEngine.byColumnValues(
            board, store.activeItems(board.id()), env.getArgument("columns")),
        limit);
  }

  private Map<String, Object> nextItemsPage(DataFetchingEnvironment env) {
    return slice(env.getArgument("cursor"), limit(env));
  }

  /** The first page of the result {@code ids}, with a cursor over the rest. */
  private Map<String, Object> firstPage(List<String> ids, int limit) {
    List<String> first = ids.subList(0, Math.min(limit, ids.size()));
    return page(store.items(first, true), cursors.open(ids, first.size()));
  }

  private Map<String, Object> slice(String cursor, int limit) {
    CursorRegistry.Slice slice = cursors.next(cursor, limit);
    return page(store.items(slice.ids(), true), slice.next());
  }

  private static Map<String, Object> page(List<MondayItem> items, String cursor) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("cursor", cursor);
    page.put("items", items);
    return page;
  }

  private static int limit(DataFetchingEnvironment env) {
    Integer limit = env.getArgument("limit");
    if (limit == null || limit < 1 || limit > MAX_PAGE) {
      throw MondayApiError.invalidArgument("limit must be between 1 and " + MAX_PAGE);
    }
    return limit;
  }

  private static List<String> ids(DataFetchingEnvironment env) {
    List<Object> ids = env.getArgument("ids");
    return ids == null ? null : ids.stream().map(Object::toString).toList();
  }

  static Map<String, Object> complexity(DataFetchingEnvironment env) {
    ComplexityInstrumentation.Charge charge =
        env.getGraphQlContext().get(ComplexityInstrumentation.CHARGE);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("before", charge.before());
    result.put("after", charge.after());
    result.put("query", charge.query());
    result.put("reset_in_x_seconds", charge.resetInSeconds());
    return result;
  }
}
