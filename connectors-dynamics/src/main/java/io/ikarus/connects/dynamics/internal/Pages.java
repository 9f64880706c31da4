package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.dynamics.internal.dto.RowCollection;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.QueryOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Queries: portable ones written as OData with every value escaped, raw ones as given; their
 * collection answers become {@link Page}s that follow {@code @odata.nextLink} verbatim, with the
 * same {@code odata.maxpagesize} preference, and stop at a client-side limit.
 */
public final class Pages implements QueryOperations {

  private final ApiCalls calls;
  private final EntityCatalog catalog;

  /** Queries through {@code calls} on the tables {@code catalog} knows. */
  public Pages(ApiCalls calls, EntityCatalog catalog) {
    this.calls = calls;
    this.catalog = catalog;
  }

  /** Runs {@code query} as OData and returns its first page. */
  @Override
  public CompletableFuture<Page> query(Query query) {
    ODataQueryWriter.validate(query);
    return catalog.with(
        query.object(), info -> first(info, ODataQueryWriter.write(query, info.primaryId())));
  }

  /**
   * Runs a raw query on {@code entitySet}: {@code options} such as {@code $select=name&$filter=name
   * eq 'x'}, split at the {@code &} outside quotes and sent as encoded query parameters.
   */
  public CompletableFuture<Page> raw(String entitySet, String options) {
    return catalog.with(entitySet, info -> raw(info, options));
  }

  private CompletableFuture<Page> first(EntityInfo info, QueryPlan plan) {
    ApiRequest.Builder b = ApiRequest.get(plan.entitySet()).operation("query");
    plan.params().forEach(b::query);
    preferPageSize(b, plan.maxPageSize());
    return calls.execute(b.build()).thenApply(r -> page(info, plan, r, plan.limit()));
  }

  private CompletableFuture<Page> raw(EntityInfo info, String options) {
    ApiRequest.Builder b = ApiRequest.get(info.entitySetName()).operation("query");
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i <= options.length(); i++) {
      char c = i < options.length() ? options.charAt(i) : '&';
      quoted ^= c == '\'';
      if (c == '&' && !quoted) {
        String pair = options.substring(start, i);
        int eq = pair.indexOf('=');
        if (!pair.isBlank()) {
          b.query(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        start = i + 1;
      }
    }
    QueryPlan plan = new QueryPlan(info.entitySetName(), Map.of(), 0, 0);
    return calls.execute(b.build()).thenApply(r -> page(info, plan, r, 0));
  }

  private CompletableFuture<Page> next(EntityInfo info, QueryPlan plan, String link, int left) {
    ApiRequest.Builder b = ApiRequest.builder("GET").url(link).operation("query");
    preferPageSize(b, plan.maxPageSize());
    return calls.execute(b.build()).thenApply(r -> page(info, plan, r, left));
  }

  private Page page(EntityInfo info, QueryPlan plan, ApiResponse r, int left) {
    RowCollection body = read(r);
    List<CrmRecord> records = new ArrayList<>();
    for (Map<String, Object> row : body.value()) {
      if (plan.limit() > 0 && records.size() >= left) {
        break;
      }
      records.add(RecordMapper.toRecord(info, row));
    }
    String link = body.nextLink();
    int remaining = plan.limit() > 0 ? left - records.size() : 0;
    boolean more = link != null && (plan.limit() == 0 || remaining > 0);
    return more ? Page.of(records, () -> next(info, plan, link, remaining)) : Page.last(records);
  }

  /**
   * A collection answer, which always has its {@code value} array: one without is malformed, never
   * read as an empty last page.
   */
  static RowCollection read(ApiResponse r) {
    RowCollection body = r.json(RowCollection.class);
    if (body.value() == null) {
      throw new MalformedResponseException("the member 'value' is missing", r.errorContext(), null);
    }
    return body;
  }

  static void preferPageSize(ApiRequest.Builder b, int maxPageSize) {
    if (maxPageSize > 0) {
      b.header("Prefer", "odata.maxpagesize=" + maxPageSize);
    }
  }
}
