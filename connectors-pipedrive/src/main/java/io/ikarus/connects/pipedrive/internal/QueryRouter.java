package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.QueryOperations;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Chooses how a portable query runs: through the search API when it has an equality filter on a
 * field search indexes (exact match; hits read in full and every filter re-checked), else as list
 * pages narrowed by list parameters (see {@link RecordPager}).
 */
public final class QueryRouter implements QueryOperations {

  private final RecordPager pager;
  private final Searcher searcher;
  private final FieldCatalogs catalogs;
  private final Function<String, ErrorContext> contexts;

  /** A router. */
  public QueryRouter(
      ApiCalls calls,
      RecordReader reader,
      Searcher searcher,
      FieldCatalogs catalogs,
      Function<String, ErrorContext> contexts) {
    this.pager = new RecordPager(calls, reader);
    this.searcher = searcher;
    this.catalogs = catalogs;
    this.contexts = contexts;
  }

  /** The first page of {@code query}. */
  @Override
  public CompletableFuture<Page> query(Query query) {
    ErrorContext context = contexts.apply("query");
    Entity entity = Entity.of(query.object(), context);
    ListParams.of(entity, query, context);
    return catalogs
        .of(entity)
        .thenCompose(
            catalog -> {
              for (Query.Filter f : query.filters()) {
                Optional<String> field = SearchFields.of(entity, f.field(), catalog);
                if (f.op() == Query.Op.EQ && field.isPresent() && searchable(f.value())) {
                  int size = Math.min(100, query.pageSize().orElse(100));
                  return searcher.page(query, entity, field.get(), f, size, null);
                }
              }
              return pager.first(query, context);
            });
  }

  private static boolean searchable(Object value) {
    return (value instanceof String s && !s.isBlank()) || value instanceof Number;
  }
}
