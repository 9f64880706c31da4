package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;

/**
 * The Dynamics connector's parts, built once per connector on its calls and sharing one table
 * catalog: rows, {@code $batch}/bulk-message batches, OData queries, the change-tracking feed and
 * metadata for the portable operations, and the queries and Web API operations for its vendor
 * extras.
 *
 * @param pages the query part, for the raw {@code odata} query
 * @param web functions, actions, associations and expanded reads
 * @param parts the portable operations' parts
 */
public record DynamicsParts(Pages pages, WebOperations web, ConnectorParts parts) {

  /**
   * Builds every part on {@code calls}, with the error mapping, the OData headers, the API root as
   * the base URL and the service-protection reports.
   *
   * @param settings the resolved settings (API root, request limit, clock)
   * @param tuning the batch and page sizes
   */
  public static DynamicsParts create(
      ApiCalls calls, DynamicsSettings settings, DynamicsTuning tuning) {
    EntityCatalog catalog = new EntityCatalog(calls);
    Pages pages = new Pages(calls, catalog);
    BatchWriter writer =
        new BatchWriter(
            "dynamics",
            calls,
            DynamicsErrorMapper.INSTANCE,
            tuning.changeSetSize(),
            settings.clock());
    MultipleWrites multiple = tuning.bulkMessages() ? new MultipleWrites(calls) : null;
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(new Rows(calls, catalog))
            .batches(new RowBatches(calls, catalog, writer, settings.apiRoot(), multiple))
            .queries(pages)
            .changes(new ChangeReader(calls, catalog, tuning.pageSize()))
            .schema(new MetadataReader(calls, catalog))
            .capabilities(tuning.capabilities())
            .errors(DynamicsErrorMapper.INSTANCE)
            .headers(DynamicsSettings.ODATA_HEADERS)
            .baseUrl(token -> settings.apiRoot())
            .rateLimits(response -> DynamicsLimits.status(response, settings.requestLimit()))
            .build();
    return new DynamicsParts(pages, new WebOperations(calls, catalog, settings.apiRoot()), parts);
  }
}
