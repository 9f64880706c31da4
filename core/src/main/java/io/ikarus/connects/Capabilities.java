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
 *     <pre>{@code
 * Capabilities.builder().maxBatchSize(100).maxPageSize(200).nativeUpsert(true).build();
 * }</pre>
 */
public record Capabilities(
    int maxBatchSize,
    int maxPageSize,
    boolean nativeUpsert,
    boolean bulk,
    boolean trackedDeletes,
    boolean transactions,
    boolean conditionalUpdates) {

  /** Validates. */
  public Capabilities {
    if (maxBatchSize < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException(
          "maxBatchSize and maxPageSize must be positive: " + maxBatchSize + ", " + maxPageSize);
    }
  }

  /** A builder: both sizes are required, every feature starts false. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Capabilities} by name instead of by position. Not thread-safe. */
  public static final class Builder {
    private int maxBatchSize;
    private int maxPageSize;
    private boolean nativeUpsert;
    private boolean bulk;
    private boolean trackedDeletes;
    private boolean transactions;
    private boolean conditionalUpdates;

    private Builder() {}

    /** The most records one batch call carries; required, positive. */
    public Builder maxBatchSize(int maxBatchSize) {
      this.maxBatchSize = maxBatchSize;
      return this;
    }

    /** The most records one query page returns; required, positive. */
    public Builder maxPageSize(int maxPageSize) {
      this.maxPageSize = maxPageSize;
      return this;
    }

    /** Whether the vendor upserts by key in one call. Default false. */
    public Builder nativeUpsert(boolean nativeUpsert) {
      this.nativeUpsert = nativeUpsert;
      return this;
    }

    /** Whether a bulk (asynchronous job) API is used for large batches. Default false. */
    public Builder bulk(boolean bulk) {
      this.bulk = bulk;
      return this;
    }

    /** Whether {@link CrmConnector#changesSince} reports deletions. Default false. */
    public Builder trackedDeletes(boolean trackedDeletes) {
      this.trackedDeletes = trackedDeletes;
      return this;
    }

    /** Whether a batch can be made all-or-nothing. Default false. */
    public Builder transactions(boolean transactions) {
      this.transactions = transactions;
      return this;
    }

    /** Whether {@link CrmConnector#updateAllIfUnchanged} is supported. Default false. */
    public Builder conditionalUpdates(boolean conditionalUpdates) {
      this.conditionalUpdates = conditionalUpdates;
      return this;
    }

    /**
     * Builds the capabilities.
     *
     * @throws IllegalArgumentException when a size is missing or not positive
     */
    public Capabilities build() {
      return new Capabilities(
          maxBatchSize,
          maxPageSize,
          nativeUpsert,
          bulk,
          trackedDeletes,
          transactions,
          conditionalUpdates);
    }
  }
}
