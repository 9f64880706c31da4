package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.spi.QueryOperations;
import java.util.concurrent.CompletableFuture;

/**
 * Portable queries as SOQL over the REST query resource: every filter value escaped, every field of
 * the object selected when the query names none, pages following {@code nextRecordsUrl}.
 */
public final class SoqlQueries implements QueryOperations {

  private final Describes describes;
  private final RestQuery restQuery;

  /** Reads default fields from {@code describes} and pages through {@code restQuery}. */
  public SoqlQueries(Describes describes, RestQuery restQuery) {
    this.describes = describes;
    this.restQuery = restQuery;
  }

  @Override
  public CompletableFuture<Page> query(Query query) {
    int batch = query.pageSize().orElse(RestQuery.MAX_BATCH);
    return describes
        .defaultFields(query)
        .thenCompose(
            fields ->
                restQuery.pages(query.object(), SoqlWriter.write(query, fields), false, batch));
  }
}
