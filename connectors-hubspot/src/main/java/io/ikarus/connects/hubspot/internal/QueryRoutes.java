package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.QueryOperations;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends each {@link Query} to the cheapest endpoint that can answer it: batch read for records by
 * id, the list endpoint when nothing needs search, the search API otherwise (its own ~4 per second
 * limit, an index that lags writes).
 */
public final class QueryRoutes implements QueryOperations {

  private final ListPager list;
  private final IdReader byId;
  private final SearchPager search;

  /** Routes over {@code execute}, falling back to {@code search}. */
  public QueryRoutes(ApiCalls execute, SearchPager search) {
    this.list = new ListPager(execute);
    this.byId = new IdReader(execute);
    this.search = search;
  }

  /** The first page of {@code query}. */
  @Override
  public CompletableFuture<Page> query(Query query) {
    List<String> ids = IdReader.ids(query);
    if (ids != null) {
      return byId.first(query, ids);
    }
    return ListPager.fits(query) ? list.first(query) : search.first(query);
  }
}
