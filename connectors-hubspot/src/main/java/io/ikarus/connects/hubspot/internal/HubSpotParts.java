package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;

/**
 * The HubSpot connector's parts, built once per connector on its calls: records, batch endpoints,
 * query routes, the search change feed and the property names (its schema part) for the portable
 * operations, and records, property names, associations and forms for its vendor extras.
 *
 * @param records single records, for {@code get} with properties and {@code getAll}
 * @param properties the cached property names, for {@code createProperty}
 * @param associations associations v4, for the association extras
 * @param forms forms v3 submissions, for {@code submitForm}
 * @param parts the portable operations' parts
 */
public record HubSpotParts(
    HubSpotRecords records,
    PropertyNames properties,
    AssociationCalls associations,
    FormCalls forms,
    ConnectorParts parts) {

  /** The connector's name in error contexts. */
  public static final String CONNECTOR = "hubspot";

  /** Batches of 100, pages of 200, native upsert, tracked deletions. */
  public static final Capabilities CAPABILITIES =
      Capabilities.builder()
          .maxBatchSize(100)
          .maxPageSize(200)
          .nativeUpsert(true)
          .trackedDeletes(true)
          .build();

  /**
   * Ten batch chunks in flight: HubSpot limits calls per window, not in flight; with four, slow
   * answers capped the sustained rate below the window's (25 round trips for 10,000 records).
   */
  static final int BATCH_CONCURRENCY = 10;

  /** Builds every part on {@code calls}. */
  public static HubSpotParts create(ApiCalls calls, HubSpotSetup setup) {
    PropertyNames properties = new PropertyNames(new PropertyCalls(calls));
    BatchCalls batches = new BatchCalls(calls, op -> ErrorContext.of(CONNECTOR, op));
    HubSpotRecords records = new HubSpotRecords(calls, properties, batches);
    SearchPager pager = new SearchPager(calls);
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(records)
            .batches(batches)
            .queries(new QueryRoutes(calls, pager))
            .changes(new ChangeFeed(calls, pager, properties, setup.changeLookback()))
            .schema(properties)
            .capabilities(CAPABILITIES)
            .batchConcurrency(BATCH_CONCURRENCY)
            .errors(new HubSpotErrorMapper())
            .rateLimits(RateLimitHeaders::status)
            .build();
    return new HubSpotParts(
        records,
        properties,
        new AssociationCalls(calls),
        new FormCalls(calls, setup.formsUrl(), setup.authenticatedForms(), setup.clock()),
        parts);
  }
}
