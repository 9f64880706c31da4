package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.Capabilities;

/**
 * How {@code DynamicsConnector.Builder} sized batches and pages. Immutable.
 *
 * @param batchSize requests per {@code $batch} call
 * @param changeSetSize records per atomic change set
 * @param bulkMessages whether chunks of creates and updates try {@code CreateMultiple}/{@code
 *     UpdateMultiple} first
 * @param pageSize rows per page of the change feed
 */
public record DynamicsTuning(int batchSize, int changeSetSize, boolean bulkMessages, int pageSize) {

  /** Checks every size against the service's limits. */
  public DynamicsTuning {
    BatchLimits.check("batchSize", batchSize, BatchLimits.MAX_REQUESTS);
    BatchLimits.check("changeSetSize", changeSetSize, BatchLimits.MAX_REQUESTS);
    BatchLimits.check("pageSize", pageSize, ODataQueryWriter.MAX_PAGE_SIZE);
  }

  /** The defaults: 1000 per {@code $batch}, change sets of 100, bulk messages, pages of 5000. */
  public static DynamicsTuning defaults() {
    return new DynamicsTuning(BatchLimits.MAX_REQUESTS, 100, true, ODataQueryWriter.MAX_PAGE_SIZE);
  }

  /** This tuning with {@code batchSize}. */
  public DynamicsTuning withBatchSize(int batchSize) {
    return new DynamicsTuning(batchSize, changeSetSize, bulkMessages, pageSize);
  }

  /** This tuning with {@code changeSetSize}. */
  public DynamicsTuning withChangeSetSize(int changeSetSize) {
    return new DynamicsTuning(batchSize, changeSetSize, bulkMessages, pageSize);
  }

  /** This tuning with {@code bulkMessages}. */
  public DynamicsTuning withBulkMessages(boolean bulkMessages) {
    return new DynamicsTuning(batchSize, changeSetSize, bulkMessages, pageSize);
  }

  /** This tuning with {@code pageSize}. */
  public DynamicsTuning withPageSize(int pageSize) {
    return new DynamicsTuning(batchSize, changeSetSize, bulkMessages, pageSize);
  }

  /** Batch size as configured, pages of 5000, native upsert, tracked deletes, etag updates. */
  public Capabilities capabilities() {
    return Capabilities.builder()
        .maxBatchSize(batchSize)
        .maxPageSize(ODataQueryWriter.MAX_PAGE_SIZE)
        .nativeUpsert(true)
        .trackedDeletes(true)
        .transactions(true)
        .conditionalUpdates(true)
        .build();
  }
}
