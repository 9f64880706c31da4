package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list parameters a portable {@link Query} narrows the server's answer with: {@code ids} for id
 * filters, the entity's id filters ({@code owner_id}, {@code person_id}, ...), deal {@code status},
 * {@code updated_since}/{@code updated_until} for time bounds, and the sort. Each value goes out as
 * one query parameter, URL-encoded by the engine, so no value can change the request. Every filter
 * is also checked on the records received, so the result is exact whatever the server ignores.
 */
public final class ListParams {

  private static final Map<Entity, Set<String>> SERVER_FILTERS =
      Map.of(
          Entity.DEALS,
              Set.of("owner_id", "person_id", "org_id", "stage_id", "pipeline_id", "status"),
          Entity.PERSONS, Set.of("owner_id", "org_id", "deal_id"),
          Entity.ORGANIZATIONS, Set.of("owner_id"),
          Entity.ACTIVITIES,
              Set.of("owner_id", "deal_id", "lead_id", "person_id", "org_id", "done"),
          Entity.PRODUCTS, Set.of("owner_id"),
          Entity.LEADS, Set.of("owner_id", "person_id", "organization_id"),
          Entity.NOTES, Set.of("user_id", "lead_id", "deal_id", "person_id", "org_id"));
  private static final Set<String> SORTABLE = Set.of("id", "update_time", "add_time");

  private ListParams() {}

  /**
   * The parameters for {@code query} on {@code entity}.
   *
   * @throws ValidationException when the query sorts by a field Pipedrive cannot sort by
   */
  public static Map<String, Object> of(Entity entity, Query query, ErrorContext context) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (Query.Filter f : query.filters()) {
      server(entity, f, params);
    }
    Instant since = query.modifiedSince();
    if (since != null) {
      params.put("updated_since", since.toString());
    }
    sort(entity, query.orderBy(), params, context);
    return params;
  }

  private static void server(Entity entity, Query.Filter f, Map<String, Object> params) {
    String field = f.field();
    if (field.equals("id") && f.op() == Query.Op.EQ && entity.v2()) {
      params.put("ids", String.valueOf(f.value()));
    } else if (field.equals("id") && f.op() == Query.Op.IN && entity.v2()) {
      Collection<?> values = (Collection<?>) f.value();
      if (!values.isEmpty() && values.size() <= 100) {
        List<String> ids = new ArrayList<>();
        values.forEach(v -> ids.add(String.valueOf(v)));
        params.put("ids", String.join(",", ids));
      }
    } else if (field.equals("update_time") && (f.op() == Query.Op.GT || f.op() == Query.Op.GTE)) {
      params.put("updated_since", String.valueOf(f.value()));
    } else if (field.equals("update_time") && f.op() == Query.Op.LT && entity.v2()) {
      params.put("updated_until", String.valueOf(f.value()));
    } else if (f.op() == Query.Op.EQ && SERVER_FILTERS.get(entity).contains(field)) {
      params.put(field, String.valueOf(f.value()));
    }
  }

  private static void sort(
      Entity entity, List<Query.Order> orders, Map<String, Object> params, ErrorContext context) {
    if (orders.isEmpty()) {
      return;
    }
    Query.Order o = orders.get(0);
    if (orders.size() > 1 || !SORTABLE.contains(o.field())) {
      throw new ValidationException(
          "Pipedrive sorts by one field of id, update_time or add_time; the query asks for "
              + orders,
          context,
          List.of());
    }
    if (entity.v2()) {
      params.put("sort_by", o.field());
      params.put("sort_direction", o.ascending() ? "asc" : "desc");
    } else {
      params.put("sort", o.field() + (o.ascending() ? " ASC" : " DESC"));
    }
  }
}
