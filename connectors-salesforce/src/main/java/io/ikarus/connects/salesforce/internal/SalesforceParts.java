package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;
import java.time.Duration;

/**
 * The Salesforce connector's parts, built once per connector on its calls: sObject rows and
 * collections, SOQL queries, the {@code queryAll} change feed and describes for the portable
 * operations, and the REST query, describes and Bulk API 2.0 for its vendor extras (sharing the
 * describe cache).
 *
 * @param restQuery the REST query resource, for {@code soql}
 * @param describes the cached describes, for {@code bulkStream}'s default fields
 * @param bulk Bulk API 2.0 jobs, for large batches and bulk queries
 * @param parts the portable operations' parts
 */
public record SalesforceParts(
    RestQuery restQuery, Describes describes, Bulk bulk, ConnectorParts parts) {

  /** Builds every part on {@code calls}. */
  public static SalesforceParts create(
      ApiCalls calls, Duration changeLookback, Duration bulkPollInterval, Duration bulkTimeout) {
    RestQuery restQuery = new RestQuery(calls);
    Describes describes = new Describes(calls);
    SObjectCollections collections = new SObjectCollections(calls);
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(new SObjectRows(calls, collections))
            .batches(collections)
            .queries(new SoqlQueries(describes, restQuery))
            .changes(new ChangeFeed(restQuery, describes, RestQuery.MAX_BATCH, changeLookback))
            .schema(describes)
            .build();
    return new SalesforceParts(
        restQuery, describes, new Bulk(calls, bulkPollInterval, bulkTimeout), parts);
  }
}
