package io.ikarus.connects.spi;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.auth.AccessToken;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything vendor-specific a connector hands {@link BaseCrmConnector}: the parts its portable
 * operations run on (records, queries, the change feed and schemas are required; batches are
 * optional, absent a batch makes one record call per record; so is a bulk-job path for large
 * batches), its {@link Capabilities}, and the vendor's wiring, each with a default: error mapping,
 * rate-limit reports, base URL, default headers and batch concurrency. Immutable and thread-safe.
 *
 * <pre>{@code
 * ConnectorParts parts = ConnectorParts.builder()
 *     .records(new AcmeRows(calls))
 *     .batches(new AcmeBatches(calls))
 *     .queries(new AcmeQueries(calls))
 *     .changes(new AcmeChanges(calls))
 *     .schema(new AcmeSchemas(calls))
 *     .capabilities(Capabilities.builder().maxBatchSize(100).maxPageSize(200).build())
 *     .errors(AcmeErrorMapper.INSTANCE)
 *     .rateLimits(AcmeHeaders::status)
 *     .build();
 * }</pre>
 */
public final class ConnectorParts {

  private final RecordOperations records;
  private final BatchOperations batches;
  private final BulkOperations bulk;
  private final QueryOperations queries;
  private final ChangeFeedOperations changes;
  private final SchemaOperations schema;
  private final Capabilities capabilities;
  private final ErrorMapper errors;
  private final Function<ApiResponse, List<RateLimitStatus>> rateLimits;
  private final Function<AccessToken, URI> baseUrl;
  private final Map<String, String> headers;
  private final int batchConcurrency;

  private ConnectorParts(Builder b) {
    this.records = require(b.records, "records");
    this.batches = b.batches;
    this.bulk = b.bulk;
    this.queries = require(b.queries, "queries");
    this.changes = require(b.changes, "changes");
    this.schema = require(b.schema, "schema");
    this.capabilities = require(b.capabilities, "capabilities");
    this.errors = b.errors;
    this.rateLimits = b.rateLimits;
    this.baseUrl = b.baseUrl;
    this.headers = b.headers;
    this.batchConcurrency = b.batchConcurrency;
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

  /** The bulk-job path for large batches; empty when every batch runs in chunks. */
  public Optional<BulkOperations> bulk() {
    return Optional.ofNullable(bulk);
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

  /** What the connector offers; {@code CrmConnector.capabilities()} returns it. */
  public Capabilities capabilities() {
    return capabilities;
  }

  /** The vendor's error mapping. */
  public ErrorMapper errors() {
    return errors;
  }

  /** The budget reports one response carries, for adaptive pacing; empty when none. */
  public List<RateLimitStatus> rateLimits(ApiResponse response) {
    return rateLimits.apply(response);
  }

  /** The base URL from the vendor's own rule; empty when the connector has none. */
  public Optional<Function<AccessToken, URI>> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** Headers every request carries unless it sets a header of the same name itself. */
  public Map<String, String> headers() {
    return headers;
  }

  /** How many chunks of one batch run at once. */
  public int batchConcurrency() {
    return batchConcurrency;
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
    private BulkOperations bulk;
    private QueryOperations queries;
    private ChangeFeedOperations changes;
    private SchemaOperations schema;
    private Capabilities capabilities;
    private ErrorMapper errors = ErrorMapper.defaults();
    private Function<ApiResponse, List<RateLimitStatus>> rateLimits = response -> List.of();
    private Function<AccessToken, URI> baseUrl;
    private Map<String, String> headers = Map.of();
    private int batchConcurrency = 4;

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

    /** The bulk-job path for the batches it {@link BulkOperations#takes}. Default: none. */
    public Builder bulk(BulkOperations bulk) {
      this.bulk = Objects.requireNonNull(bulk, "bulk");
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

    /** What the connector offers: batch and page sizes, upserts, deletions. Required. */
    public Builder capabilities(Capabilities capabilities) {
      this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
      return this;
    }

    /** The vendor's error mapping. Default {@link ErrorMapper#defaults()}. */
    public Builder errors(ErrorMapper errors) {
      this.errors = Objects.requireNonNull(errors, "errors");
      return this;
    }

    /**
     * Reads the vendor's budget reports from a response (rate-limit headers, a cost field) for
     * adaptive pacing. Default: none.
     */
    public Builder rateLimits(Function<ApiResponse, List<RateLimitStatus>> rateLimits) {
      this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
      return this;
    }

    /**
     * The base URL for relative request paths from the current token (null for an unauthenticated
     * request), for vendors whose token response names it (Salesforce {@code instance_url}); the
     * rule must itself honour {@code ClientOptions.baseUrl} as the override. Default: {@code
     * ClientOptions.baseUrl}, else the vendor default.
     */
    public Builder baseUrl(Function<AccessToken, URI> baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Headers every request carries (Dataverse's OData version headers), added to a request that
     * does not set a header of the same name itself. Default: none.
     */
    public Builder headers(Map<String, String> headers) {
      this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      return this;
    }

    /** How many chunks of one batch run at once; 1 writes sequentially. Default 4. */
    public Builder batchConcurrency(int batchConcurrency) {
      if (batchConcurrency < 1) {
        throw new IllegalArgumentException(
            "batchConcurrency must be positive: " + batchConcurrency);
      }
      this.batchConcurrency = batchConcurrency;
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
