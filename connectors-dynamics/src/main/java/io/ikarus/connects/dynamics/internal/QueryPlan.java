package io.ikarus.connects.dynamics.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A portable query translated to a Web API request.
 *
 * @param entitySet the entity set queried
 * @param params the OData system query options ({@code $select}, {@code $filter}, ...), unencoded
 * @param maxPageSize the {@code odata.maxpagesize} preference, or 0 for none
 * @param limit the most records to hand out over all pages, or 0 for no limit
 */
public record QueryPlan(String entitySet, Map<String, String> params, int maxPageSize, int limit) {

  /** Copies. */
  public QueryPlan {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
