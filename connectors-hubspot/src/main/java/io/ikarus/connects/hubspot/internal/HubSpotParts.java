package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

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

  /**
   * Builds every part on {@code calls}.
   *
   * @param changeLookback how far back the change feed searches again
   * @param formsUrl where forms are submitted
   * @param authenticatedForms whether forms go to the authenticated endpoint
   * @param clock the clock stamping form submissions
   */
  public static HubSpotParts create(
      ApiCalls calls,
      Duration changeLookback,
      URI formsUrl,
      boolean authenticatedForms,
      Clock clock) {
    PropertyNames properties = new PropertyNames(new PropertyCalls(calls));
    BatchCalls batches = new BatchCalls(calls, op -> ErrorContext.of(CONNECTOR, op));
    HubSpotRecords records = new HubSpotRecords(calls, properties, batches);
    SearchPager pager = new SearchPager(calls);
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(records)
            .batches(batches)
            .queries(new QueryRoutes(calls, pager))
            .changes(new ChangeFeed(calls, pager, properties, changeLookback))
            .schema(properties)
            .build();
    return new HubSpotParts(
        records,
        properties,
        new AssociationCalls(calls),
        new FormCalls(calls, formsUrl, authenticatedForms, clock),
        parts);
  }
}
