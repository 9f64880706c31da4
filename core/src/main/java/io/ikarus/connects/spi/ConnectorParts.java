package io.ikarus.connects.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * The parts a connector's portable operations run on, handed to {@link BaseCrmConnector}: records,
 * queries, the change feed and schemas are required; batches are optional (absent: a batch makes
 * one record call per record). Immutable and thread-safe.
 *
 * <pre>{@code
 * ConnectorParts parts = ConnectorParts.builder()
 *     .records(new AcmeRows(calls))
 *     .batches(new AcmeBatches(calls))
 *     .queries(new AcmeQueries(calls))
 *     .changes(new AcmeChanges(calls))
 *     .schema(new AcmeSchemas(calls))
 *     .build();
 * }</pre>
 */
public final class ConnectorParts {

  private final RecordOperations records;
  private final BatchOperations batches;
  private final QueryOperations queries;
  private final ChangeFeedOperations changes;
  private final SchemaOperations schema;

  private ConnectorParts(Builder b) {
    this.records = require(b.records, "records");
    this.batches = b.batches;
    this.queries = require(b.queries, "queries");
    this.changes = require(b.changes, "changes");
    this.schema = require(b.schema, "schema");
  }

  /** A builder with no parts set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The single-record operations. */
  public RecordOperations records() {
    return records;
  }

  /** The batch endpoints; empty when batches run one record call per record. */
  public Optional<BatchOperations> batches() {
    return Optional.ofNullable(batches);
  }

  /** The query part. */
  public QueryOperations queries() {
    return queries;
  }

  /** The change feed. */
  public ChangeFeedOperations changes() {
    return changes;
  }

  /** The schema part. */
  public SchemaOperations schema() {
    return schema;
  }

  private static <T> T require(T part, String name) {
    if (part == null) {
      throw new IllegalStateException("ConnectorParts needs " + name + "(...)");
    }
    return part;
  }

  /** Builds {@link ConnectorParts}; {@link #build()} checks that the required parts are set. */
  public static final class Builder {
    private RecordOperations records;
    private BatchOperations batches;
    private QueryOperations queries;
    private ChangeFeedOperations changes;
    private SchemaOperations schema;

    private Builder() {}

    /** The single-record operations. Required. */
    public Builder records(RecordOperations records) {
      this.records = Objects.requireNonNull(records, "records");
      return this;
    }

    /** The batch endpoints. Default: none, one record call per record. */
    public Builder batches(BatchOperations batches) {
      this.batches = Objects.requireNonNull(batches, "batches");
      return this;
    }

    /** The query part. Required. */
    public Builder queries(QueryOperations queries) {
      this.queries = Objects.requireNonNull(queries, "queries");
      return this;
    }

    /** The change feed. Required. */
    public Builder changes(ChangeFeedOperations changes) {
      this.changes = Objects.requireNonNull(changes, "changes");
      return this;
    }

    /** The schema part. Required. */
    public Builder schema(SchemaOperations schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * Builds the parts.
     *
     * @throws IllegalStateException naming the first required part that is missing
     */
    public ConnectorParts build() {
      return new ConnectorParts(this);
    }
  }
}
