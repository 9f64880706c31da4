package io.ikarus.connects;

/**
 * What a connector supports and its vendor limits.
 *
 * @param maxBatchSize the most records one batch call carries
 * @param maxPageSize the most records one query page returns
 * @param nativeUpsert true when the vendor upserts by key in one call (else: find, then write)
 * @param bulk true when a bulk (asynchronous job) API is used for large batches
 * @param trackedDeletes true when {@link CrmConnector#changesSince} reports deletions
 * @param transactions true when a batch can be made all-or-nothing
 * @param conditionalUpdates true when {@link CrmConnector#updateAllIfUnchanged} is supported
 */
public record Capabilities(
    int maxBatchSize,
    int maxPageSize,
    boolean nativeUpsert,
    boolean bulk,
    boolean trackedDeletes,
    boolean transactions,
    boolean conditionalUpdates) {

  /** Capabilities without conditional updates. */
  public Capabilities(
      int maxBatchSize,
      int maxPageSize,
      boolean nativeUpsert,
      boolean bulk,
      boolean trackedDeletes,
      boolean transactions) {
    this(maxBatchSize, maxPageSize, nativeUpsert, bulk, trackedDeletes, transactions, false);
  }

  /** Validates. */
  public Capabilities {
    if (maxBatchSize < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException(
          "maxBatchSize and maxPageSize must be positive: " + maxBatchSize + ", " + maxPageSize);
    }
  }
}
