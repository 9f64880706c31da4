package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.Async;
import io.ikarus.connects.spi.ConnectorParts;
import java.util.concurrent.Flow;

/**
 * The Salesforce connector's parts, built once per connector on its calls: sObject rows and
 * collections, Bulk API 2.0 for large batches, SOQL queries, the {@code queryAll} change feed and
 * describes for the portable operations, with the error mapping and the {@code Sforce-Limit-Info}
 * reports; and the REST query, describes and Bulk API 2.0 for its vendor extras (sharing the
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
  public static SalesforceParts create(ApiCalls calls, SalesforceSetup setup) {
    RestQuery restQuery = new RestQuery(calls);
    Describes describes = new Describes(calls);
    SObjectCollections collections = new SObjectCollections(calls);
    Bulk bulk = new Bulk(calls, setup.bulkThreshold(), setup.bulkPoll(), setup.bulkTimeout());
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(new SObjectRows(calls, collections))
            .batches(collections)
            .bulk(bulk)
            .queries(new SoqlQueries(describes, restQuery))
            .changes(
                new ChangeFeed(restQuery, describes, RestQuery.MAX_BATCH, setup.changeLookback()))
            .schema(describes)
            .capabilities(setup.capabilities())
            .errors(SalesforceErrorMapper.INSTANCE)
            .rateLimits(LimitInfo::status)
            .baseUrl(setup::apiRoot)
            .build();
    return new SalesforceParts(restQuery, describes, bulk, parts);
  }

  /** Every row of a Bulk API 2.0 query of {@code query}, set by set as the subscriber asks. */
  public Flow.Publisher<CrmRecord> bulkStream(Query query, int pageSize) {
    return Async.publisher(
        () ->
            describes
                .defaultFields(query)
                .thenCompose(
                    fields ->
                        bulk.query(query.object(), SoqlWriter.write(query, fields), pageSize)));
  }
}
