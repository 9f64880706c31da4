package io.ikarus.connects.monday.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link Query} translated for {@code items_page}: the {@code query_params} monday evaluates
 * server-side, the columns to read, and a client-side predicate that every returned item must also
 * pass. The predicate re-checks every filter exactly, so server rules may be a superset (monday's
 * email and phone {@code any_of} do not compare addresses or numbers, so equality on those runs as
 * {@code contains_text} server-side and exactly client-side); filters monday cannot evaluate at all
 * (ordering comparisons on text, CONTAINS on numbers, dates or status, a status label the board
 * does not have) run only client-side.
 *
 * @param queryParams the {@code ItemsQuery} variable, or null
 * @param columnIds the column ids to read, or null for all
 * @param projection the fields (column ids, {@code name}) a record keeps; empty keeps all
 * @param clientFilter the exact predicate
 * @param pageSize the page size sent as {@code limit}
 * @param customOrder true when the query orders by something other than creation
 */
public record QueryPlan(
    Map<String, Object> queryParams,
    List<String> columnIds,
    List<String> projection,
    Predicate<CrmRecord> clientFilter,
    int pageSize,
    boolean customOrder) {

  /** monday's largest page. */
  public static final int MAX_PAGE = 500;

  /** The page size used when the query sets none. */
  public static final int DEFAULT_PAGE = 100;

  /** Translates {@code query} against the board's columns. */
  public static QueryPlan of(Query query, BoardColumns columns, ErrorContext context) {
    List<Map<String, Object>> rules = new ArrayList<>();
    Predicate<CrmRecord> client = r -> true;
    for (Query.Filter filter : query.filters()) {
      BoardColumn column = columns.require(filter.field(), context);
      Map<String, Object> rule = ServerRules.rule(column, filter);
      if (rule != null) {
        rules.add(rule);
      }
      client = client.and(ClientFilters.of(column, filter));
    }
    if (query.modifiedSince() != null) {
      rules.add(ServerRules.updatedSince(query.modifiedSince()));
      client = client.and(ClientFilters.modifiedSince(query.modifiedSince()));
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (!rules.isEmpty()) {
      params.put("rules", rules);
      params.put("operator", "and");
    }
    params.put("order_by", orderBy(query, columns, context));
    int pageSize = Math.min(MAX_PAGE, query.pageSize().orElse(DEFAULT_PAGE));
    List<String> projection =
        query.fields().stream()
            .filter(f -> !f.equals("id"))
            .map(f -> columns.require(f, context).id())
            .distinct()
            .toList();
    return new QueryPlan(
        params,
        columnIds(query, columns, context),
        projection,
        client,
        pageSize,
        !query.orderBy().isEmpty());
  }

  private static List<Map<String, Object>> orderBy(
      Query query, BoardColumns columns, ErrorContext context) {
    List<Map<String, Object>> order = new ArrayList<>();
    for (Query.Order o : query.orderBy()) {
      String id = o.field().startsWith("__") ? o.field() : columns.require(o.field(), context).id();
      order.add(Map.of("column_id", id, "direction", o.ascending() ? "asc" : "desc"));
    }
    order.add(Map.of("column_id", "__creation_log__", "direction", "asc"));
    return order;
  }

  private static List<String> columnIds(Query query, BoardColumns columns, ErrorContext context) {
    if (query.fields().isEmpty()) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (String field : query.fields()) {
      if (field.equals("id")) {
        continue;
      }
      String id = columns.require(field, context).id();
      if (!id.equals("name") && !ids.contains(id)) {
        ids.add(id);
      }
    }
    for (Query.Filter filter : query.filters()) {
      String id = columns.require(filter.field(), context).id();
      if (!id.equals("name") && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}
