package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates a portable {@link Query} to OData: {@code $select}, {@code $filter}, {@code $orderby},
 * {@code $top}, and the {@code odata.maxpagesize} preference.
 *
 * <p>Dataverse ignores {@code $top} when a page size is requested, so a limit within one page is
 * sent as {@code $top} and a larger one is enforced while paging.
 */
public final class ODataQueryWriter {

  /** The largest page Dataverse returns. */
  public static final int MAX_PAGE_SIZE = 5000;

  /** The column every table carries and change queries compare against. */
  public static final String MODIFIED_ON = "modifiedon";

  private ODataQueryWriter() {}

  /**
   * Checks every name in {@code query} (entity set, fields, filters, order) before any call.
   *
   * @throws io.ikarus.connects.error.ValidationException naming the first name that is not a plain
   *     identifier
   */
  public static void validate(Query query) {
    ODataLiterals.name(query.object(), "query");
    query.fields().forEach(f -> ODataLiterals.name(f, "query"));
    query.filters().forEach(f -> ODataLiterals.name(f.field(), "query"));
    query.orderBy().forEach(o -> ODataLiterals.name(o.field(), "query"));
  }

  /** Translates {@code query}; {@code idField} is the table's primary id column. */
  public static QueryPlan write(Query query, String idField) {
    String set = ODataLiterals.name(query.object(), "query");
    Map<String, String> params = new LinkedHashMap<>();
    if (!query.fields().isEmpty()) {
      Set<String> select = new LinkedHashSet<>();
      select.add(idField);
      query.fields().forEach(f -> select.add(ODataLiterals.name(f, "query")));
      select.add(MODIFIED_ON);
      params.put("$select", String.join(",", select));
    }
    String filter = filter(query);
    if (!filter.isEmpty()) {
      params.put("$filter", filter);
    }
    if (!query.orderBy().isEmpty()) {
      params.put(
          "$orderby",
          query.orderBy().stream()
              .map(o -> ODataLiterals.name(o.field(), "query") + (o.ascending() ? " asc" : " desc"))
              .collect(Collectors.joining(",")));
    }
    int limit = query.limit().orElse(0);
    int pageSize = Math.min(query.pageSize().orElse(MAX_PAGE_SIZE), MAX_PAGE_SIZE);
    if (limit > 0 && limit <= pageSize) {
      params.put("$top", Integer.toString(limit));
      return new QueryPlan(set, params, 0, limit);
    }
    return new QueryPlan(set, params, pageSize, limit);
  }

  /** The {@code $filter} expression: every filter and the modified-since bound, ANDed. */
  static String filter(Query query) {
    List<String> terms = new ArrayList<>();
    for (Query.Filter f : query.filters()) {
      terms.add(term(f));
    }
    if (query.modifiedSince() != null) {
      terms.add(MODIFIED_ON + " ge " + ODataLiterals.literal(query.modifiedSince()));
    }
    return terms.size() == 1
        ? terms.get(0)
        : terms.stream().map(t -> "(" + t + ")").collect(Collectors.joining(" and "));
  }

  /**
   * Dataverse runs {@code contains} as SQL LIKE, where {@code %}, {@code _} and {@code [} are
   * wildcards; bracketing them makes them literal characters.
   */
  static String likeLiteral(Object value) {
    return value.toString().replace("[", "[[]").replace("%", "[%]").replace("_", "[_]");
  }

  private static String term(Query.Filter f) {
    String field = ODataLiterals.name(f.field(), "query");
    Object v = f.value();
    return switch (f.op()) {
      case EQ -> field + " eq " + ODataLiterals.literal(v);
      case NE -> field + " ne " + ODataLiterals.literal(v);
      case GT -> field + " gt " + ODataLiterals.literal(v);
      case GTE -> field + " ge " + ODataLiterals.literal(v);
      case LT -> field + " lt " + ODataLiterals.literal(v);
      case LTE -> field + " le " + ODataLiterals.literal(v);
      case CONTAINS -> "contains(" + field + "," + ODataLiterals.literal(likeLiteral(v)) + ")";
      case IS_NULL -> field + (Boolean.FALSE.equals(v) ? " ne null" : " eq null");
      case IN ->
          ((Collection<?>) v)
              .stream()
                  .map(x -> field + " eq " + ODataLiterals.literal(x))
                  .collect(Collectors.joining(" or "));
    };
  }
}
