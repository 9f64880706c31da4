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
   * Builds every part on {@code calls}.
   *
   * @param settings the resolved settings (API root, clock)
   * @param changeSetSize the most records per atomic change set of a {@code $batch}
   * @param bulkMessages whether chunks of creates and updates try {@code CreateMultiple}/{@code
   *     UpdateMultiple} first
   * @param pageSize rows per page of the change feed
   */
  public static DynamicsParts create(
      ApiCalls calls,
      DynamicsSettings settings,
      int changeSetSize,
      boolean bulkMessages,
      int pageSize) {
    EntityCatalog catalog = new EntityCatalog(calls);
    Pages pages = new Pages(calls, catalog);
    BatchWriter writer =
        new BatchWriter(
            "dynamics", calls, DynamicsErrorMapper.INSTANCE, changeSetSize, settings.clock());
    MultipleWrites multiple = bulkMessages ? new MultipleWrites(calls) : null;
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(new Rows(calls, catalog))
            .batches(new RowBatches(calls, catalog, writer, settings.apiRoot(), multiple))
            .queries(pages)
            .changes(new ChangeReader(calls, catalog, pageSize))
            .schema(new MetadataReader(calls, catalog))
            .build();
    return new DynamicsParts(pages, new WebOperations(calls, catalog, settings.apiRoot()), parts);
  }
}
