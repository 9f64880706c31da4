package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a portable {@link Query} into HubSpot search request bodies. Every value travels as a
 * JSON string, so no value can change the request's structure; names are checked as identifiers.
 * {@code CONTAINS} becomes {@code CONTAINS_TOKEN} with {@code *} wildcards around the value, so a
 * value holding {@code *} itself is refused (HubSpot has no escape for it).
 */
public final class SearchBodies {

  /** The most filters HubSpot accepts in one filter group. */
  public static final int MAX_FILTERS_PER_GROUP = 10;

  /** The largest search page. */
  public static final int MAX_PAGE = 200;

  /** The id property, unique and numeric, that keyset paging walks. */
  public static final String ID_PROPERTY = "hs_object_id";

  private SearchBodies() {}

  /** The ANDed filters of {@code query}, including its modified-since bound. */
  public static List<Map<String, Object>> filters(Query query) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Query.Filter f : query.filters()) {
      out.add(filter(f));
    }
    if (query.modifiedSince() != null) {
      String modified = HubSpotNames.modifiedProperty(query.object());
      out.add(filter(new Query.Filter(modified, Query.Op.GTE, query.modifiedSince())));
    }
    return out;
  }

  /**
   * A search body: {@code filters} in one group, {@code sorts}, the properties to read, the page
   * size and the offset cursor (null for the first page).
   */
  public static Map<String, Object> body(
      List<Map<String, Object>> filters,
      List<Map<String, Object>> sorts,
      List<String> properties,
      int limit,
      String after) {
    return body(filters.isEmpty() ? List.of() : List.of(filters), sorts, properties, limit, after);
  }

  /** A search body whose filter {@code groups} are ORed (filters within a group are ANDed). */
  public static Map<String, Object> body(
      Collection<List<Map<String, Object>>> groups,
      List<Map<String, Object>> sorts,
      List<String> properties,
      int limit,
      String after) {
    List<Map<String, Object>> filterGroups = new ArrayList<>();
    for (List<Map<String, Object>> filters : groups) {
      if (filters.size() > MAX_FILTERS_PER_GROUP) {
        throw invalid(
            null,
            "HubSpot search takes at most "
                + MAX_FILTERS_PER_GROUP
                + " filters per group; this query needs "
                + filters.size());
      }
      filterGroups.add(Map.of("filters", filters));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (!filterGroups.isEmpty()) {
      body.put("filterGroups", filterGroups);
    }
    body.put("sorts", sorts);
    if (!properties.isEmpty()) {
      properties.forEach(HubSpotNames::property);
      body.put("properties", properties);
    }
    body.put("limit", Math.min(limit, MAX_PAGE));
    if (after != null) {
      body.put("after", after);
    }
    return body;
  }

  /** The query's sort keys as HubSpot sorts. */
  public static List<Map<String, Object>> sorts(Query query) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Query.Order o : query.orderBy()) {
      out.add(sort(o.field(), o.ascending()));
    }
    return out;
  }

  /** One sort key. */
  public static Map<String, Object> sort(String property, boolean ascending) {
    return Map.of(
        "propertyName",
        HubSpotNames.property(property),
        "direction",
        ascending ? "ASCENDING" : "DESCENDING");
  }

  /** The filter that keyset paging adds: ids greater than {@code lastId}. */
  public static Map<String, Object> idAbove(String lastId) {
    return Map.of("propertyName", ID_PROPERTY, "operator", "GT", "value", lastId);
  }

  /** True when the query can be paged by id (no order, or id ascending). */
  public static boolean keysetPageable(Query query) {
    List<Query.Order> order = query.orderBy();
    return order.isEmpty()
        || (order.size() == 1
            && order.get(0).field().equals(ID_PROPERTY)
            && order.get(0).ascending());
  }

  static Map<String, Object> filter(Query.Filter f) {
    String name = HubSpotNames.property(f.field());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("propertyName", name);
    switch (f.op()) {
      case IS_NULL ->
          out.put(
              "operator", Boolean.FALSE.equals(f.value()) ? "HAS_PROPERTY" : "NOT_HAS_PROPERTY");
      case IN -> {
        out.put("operator", "IN");
        List<String> values = new ArrayList<>();
        ((Collection<?>) f.value()).forEach(v -> values.add(WireValues.toWire(name, v)));
        out.put("values", values);
      }
      case CONTAINS -> {
        String v = WireValues.toWire(name, f.value());
        if (v.contains("*")) {
          throw invalid(name, "HubSpot search cannot match a literal '*' with CONTAINS");
        }
        out.put("operator", "CONTAINS_TOKEN");
        out.put("value", "*" + v + "*");
      }
      default -> {
        out.put("operator", operator(f.op()));
        out.put("value", WireValues.toWire(name, f.value()));
      }
    }
    return out;
  }

  private static String operator(Query.Op op) {
    return switch (op) {
      case EQ -> "EQ";
      case NE -> "NEQ";
      case GT -> "GT";
      case GTE -> "GTE";
      case LT -> "LT";
      case LTE -> "LTE";
      default -> throw new IllegalArgumentException("no plain operator for " + op);
    };
  }

  private static ValidationException invalid(String field, String message) {
    return new ValidationException(
        message,
        ErrorContext.of("hubspot", "query"),
        List.of(new FieldError(field, null, message)));
  }
}
