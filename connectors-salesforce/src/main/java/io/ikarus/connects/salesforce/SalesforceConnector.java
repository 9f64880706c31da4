package io.ikarus.connects.salesforce;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Capabilities;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.salesforce.internal.Bulk;
import io.ikarus.connects.salesforce.internal.ChangeFeed;
import io.ikarus.connects.salesforce.internal.LimitInfo;
import io.ikarus.connects.salesforce.internal.RestQuery;
import io.ikarus.connects.salesforce.internal.SObjectCollections;
import io.ikarus.connects.salesforce.internal.SalesforceErrorMapper;
import io.ikarus.connects.salesforce.internal.SalesforceNames;
import io.ikarus.connects.salesforce.internal.SalesforceParts;
import io.ikarus.connects.salesforce.internal.SalesforceSettings;
import io.ikarus.connects.salesforce.internal.SoqlWriter;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.Async;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorBuilder;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Salesforce connector: REST API for single records and queries, sObject Collections for
 * batches of up to 200, and Bulk API 2.0 for batches above {@link Builder#bulkThreshold(int)} and
 * for {@link #bulkQuery(String)}. Calls go to the {@code instance_url} of the token response
 * (unless {@link Builder#instanceUrl} or {@code ClientOptions.baseUrl} says otherwise) under {@code
 * /services/data/<apiVersion>/}. Thread-safe; build one per org and share it.
 *
 * <pre>{@code
 * CrmConnector crm = SalesforceConnector.builder()
 *     .auth(OAuth2.jwtBearer(consumerKey, "integration@acme.com", privateKey))
 *     .build();
 * CrmRecord lead = crm.create("Lead", Map.of("LastName", "Lovelace", "Company", "Analytical"))
 *     .join();
 * }</pre>
 *
 * <p>Every filter value of a {@link Query} is escaped into SOQL; {@link #soql(String)} runs SOQL
 * you wrote yourself. {@link #changesSince} reads one ordered {@code queryAll} scan by {@code
 * SystemModstamp}, so deletions come with the updates (while the records are in the Recycle Bin).
 * The org's daily API usage ({@code Sforce-Limit-Info}) feeds the adaptive rate limiter: the
 * rolling 24-hour allocation is reported as lasting 24 hours, so that one integration cannot
 * exhaust the org's quota. Conditional batch updates ({@link #updateAllIfUnchanged}) cost one call
 * per record with {@code If-Unmodified-Since}, whole seconds (an edit in the same second is not
 * detected).
 *
 * <p>From configuration ({@code CrmConnectors.fromConfig}, {@code "crm_type": "salesforce"}),
 * {@code auth_config} holds: {@code grant_type} ({@code password}, {@code jwt_bearer}, {@code
 * refresh_token} or {@code client_credentials}; inferred from the other keys when absent), {@code
 * client_id}, {@code client_secret}, {@code username}, {@code password}, {@code security_token},
 * {@code private_key} (PKCS#8 PEM, selects JWT bearer), {@code refresh_token}, {@code sandbox}
 * ({@code true} logs in at {@code test.salesforce.com}), {@code instance_url} and {@code
 * object_name}; {@code options} holds the core keys. Every key, its type and default: {@code
 * docs/configuration.md}.
 */
public final class SalesforceConnector extends BaseCrmConnector {

  /** The production login server, the default. */
  public static final URI PRODUCTION_LOGIN_URL = URI.create("https://login.salesforce.com");

  /** The sandbox login server. */
  public static final URI SANDBOX_LOGIN_URL = URI.create("https://test.salesforce.com");

  private final Builder settings;
  private final SalesforceParts parts;

  private SalesforceConnector(Builder b, AtomicReference<SalesforceParts> made) {
    super(
        SalesforceNames.CONNECTOR,
        b.auth(),
        b.options(),
        vendorDefaults(b),
        calls -> {
          made.set(SalesforceParts.create(calls, b.changeLookback, b.bulkPoll, b.bulkTimeout));
          return made.get().parts();
        });
    this.settings = b;
    this.parts = made.get();
  }

  /**
   * A builder with the defaults: production login, API {@value
   * SalesforceNames#DEFAULT_API_VERSION}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The object named by the configuration ({@code auth_config.Object_name}); empty when none. */
  public Optional<String> defaultObject() {
    return settings.defaultObject();
  }

  /** The REST API version in use, such as {@code "v66.0"}. */
  public String apiVersion() {
    return settings.apiVersion;
  }

  /**
   * 200 records per batch call, 2,000 per query page, native upsert, Bulk API, tracked deletions.
   * Batches are never all-or-nothing here: they run with {@code allOrNone=false} so that one bad
   * record cannot stop the others.
   */
  @Override
  public Capabilities capabilities() {
    return Capabilities.builder()
        .maxBatchSize(SObjectCollections.MAX)
        .maxPageSize(RestQuery.MAX_BATCH)
        .nativeUpsert(true)
        .bulk(true)
        .trackedDeletes(true)
        .conditionalUpdates(settings.conditionalUpdates)
        .build();
  }

  /**
   * Runs a SOQL statement you wrote and returns its first page; {@link Page#next()} follows {@code
   * nextRecordsUrl}. Records carry the object named after {@code FROM}.
   *
   * @return a future that completes exceptionally with {@link
   *     io.ikarus.connects.error.ValidationException} carrying Salesforce's message when the
   *     statement is malformed ({@code MALFORMED_QUERY}, {@code INVALID_FIELD})
   */
  public CompletableFuture<Page> soql(String soql) {
    return operation(
        "soql",
        () -> parts.restQuery().pages(SoqlWriter.objectOf(soql), soql, false, RestQuery.MAX_BATCH));
  }

  /**
   * Runs {@code soql} as a Bulk API 2.0 query job and returns the first set of results once the job
   * completes; each {@link Page#next()} reads the following set (at most {@code pageSize} rows)
   * with the job's locator. Values are strings, as in Bulk CSV; empty cells are null.
   */
  public CompletableFuture<Page> bulkQuery(String soql, int pageSize) {
    return operation(
        "bulkQuery", () -> parts.bulk().query(SoqlWriter.objectOf(soql), soql, pageSize));
  }

  /** {@link #bulkQuery(String, int)} with pages of 10,000 rows. */
  public CompletableFuture<Page> bulkQuery(String soql) {
    return bulkQuery(soql, Bulk.DEFAULT_QUERY_PAGE);
  }

  /**
   * Streams every row of a Bulk API 2.0 query of {@code query}: result sets are read only as the
   * subscriber requests rows, so memory holds about one set of {@code pageSize} rows however many
   * millions the query returns.
   */
  public Flow.Publisher<CrmRecord> bulkStream(Query query, int pageSize) {
    return Async.publisher(
        () ->
            parts
                .describes()
                .defaultFields(query)
                .thenCompose(
                    fields ->
                        parts
                            .bulk()
                            .query(query.object(), SoqlWriter.write(query, fields), pageSize)));
  }

  /** Creates through a Bulk API 2.0 job above {@link Builder#bulkThreshold}. */
  @Override
  public CompletableFuture<BatchResult> createAll(
      String object, List<Map<String, Object>> records) {
    return bulk(records)
        ? batchOperation("createAll", records, () -> parts.bulk().insert(object, records))
        : super.createAll(object, records);
  }

  /** Updates through a Bulk API 2.0 job above {@link Builder#bulkThreshold}. */
  @Override
  public CompletableFuture<BatchResult> updateAll(String object, List<CrmRecord> records) {
    return bulk(records)
        ? batchOperation("updateAll", records, () -> parts.bulk().update(object, records))
        : super.updateAll(object, records);
  }

  /** Upserts through a Bulk API 2.0 job above {@link Builder#bulkThreshold}. */
  @Override
  public CompletableFuture<BatchResult> upsertAll(
      String object, String keyField, List<Map<String, Object>> records) {
    return bulk(records)
        ? batchOperation("upsertAll", records, () -> parts.bulk().upsert(object, keyField, records))
        : super.upsertAll(object, keyField, records);
  }

  /** Deletes through a Bulk API 2.0 job above {@link Builder#bulkThreshold}. */
  @Override
  public CompletableFuture<BatchResult> deleteAll(String object, List<String> ids) {
    return bulk(ids)
        ? batchOperation("deleteAll", ids, () -> parts.bulk().delete(object, ids))
        : super.deleteAll(object, ids);
  }

  /** Large batches go to Bulk API 2.0; one with null elements stays on the path reporting them. */
  private boolean bulk(List<?> records) {
    return records != null
        && records.size() > settings.bulkThreshold
        && records.stream().allMatch(Objects::nonNull);
  }

  @Override
  protected URI resolveBaseUrl(AccessToken token) {
    URI configured = options().baseUrl().orElse(settings.baseUrl().orElse(null));
    return SalesforceSettings.apiRoot(configured, token, settings.apiVersion);
  }

  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    return LimitInfo.status(response);
  }

  @Override
  protected ErrorMapper errorMapper() {
    return SalesforceErrorMapper.INSTANCE;
  }

  private static VendorDefaults vendorDefaults(Builder b) {
    URI login = b.loginUrl();
    boolean sandbox = login.getHost().equalsIgnoreCase(SANDBOX_LOGIN_URL.getHost());
    return VendorDefaults.builder()
        .tokenEndpoint(login.resolve("/services/oauth2/token"))
        .audience(sandbox ? SANDBOX_LOGIN_URL.toString() : PRODUCTION_LOGIN_URL.toString())
        // Salesforce allows 25 concurrent long-running requests per production org.
        .rateLimit(RateLimitSettings.builder().maxConcurrent(25).build())
        .build();
  }

  /**
   * Builds a {@link SalesforceConnector}; {@link #build()} validates and does no I/O. {@link
   * #authUrl} defaults to {@link #PRODUCTION_LOGIN_URL}. Not thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private String apiVersion = SalesforceNames.DEFAULT_API_VERSION;
    private int bulkThreshold = 2_000;
    private Duration bulkPoll = Duration.ofMillis(100);
    private Duration bulkTimeout = Duration.ofHours(2);
    private Duration changeLookback = ChangeFeed.DEFAULT_LOOKBACK;
    private boolean conditionalUpdates = true;

    private Builder() {
      super("SalesforceConnector");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The org's instance URL, such as {@code https://acme.my.salesforce.com}: {@link #baseUrl}
     * under Salesforce's name. Default: the token response's {@code instance_url}.
     */
    public Builder instanceUrl(URI instanceUrl) {
      return baseUrl(instanceUrl);
    }

    /**
     * The login server whose {@code /services/oauth2/token} issues tokens: {@link #authUrl} under
     * Salesforce's name. {@link #PRODUCTION_LOGIN_URL} (default), {@link #SANDBOX_LOGIN_URL}, or
     * the org's My Domain (needed for client credentials).
     */
    public Builder loginUrl(URI loginUrl) {
      return authUrl(loginUrl);
    }

    /** Logs in at the sandbox server {@code https://test.salesforce.com}. */
    public Builder sandbox() {
      return authUrl(SANDBOX_LOGIN_URL);
    }

    /**
     * The REST API version, such as {@code "v66.0"} or {@code "66.0"}. Default {@value
     * SalesforceNames#DEFAULT_API_VERSION}; {@code ClientOptions.apiVersion} is used when set.
     */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = SalesforceSettings.apiVersion(apiVersion);
      return this;
    }

    /**
     * Batches of more than this many records run as Bulk API 2.0 jobs; smaller ones use sObject
     * Collections (200 records per call). Default 2,000, Salesforce's own guidance.
     */
    public Builder bulkThreshold(int bulkThreshold) {
      if (bulkThreshold < 0) {
        throw new IllegalArgumentException("bulkThreshold must not be negative: " + bulkThreshold);
      }
      this.bulkThreshold = bulkThreshold;
      return this;
    }

    /**
     * The first wait before a bulk job's state is polled; later waits double up to 30 times it.
     * Default 100 ms: a small job is often done in well under a second.
     */
    public Builder bulkPollInterval(Duration interval) {
      this.bulkPoll = SalesforceSettings.positive(interval, "bulkPollInterval");
      return this;
    }

    /** How long a bulk job may run before the call fails. Default 2 hours. */
    public Builder bulkTimeout(Duration timeout) {
      this.bulkTimeout = SalesforceSettings.positive(timeout, "bulkTimeout");
      return this;
    }

    /**
     * How far before the newest stamp it handed out {@code changesSince} re-reads, so that rows
     * committed late by long transactions are not missed (rows re-read unchanged are not handed out
     * again). Default 5 minutes.
     */
    public Builder changeLookback(Duration lookback) {
      this.changeLookback = SalesforceSettings.notNegative(lookback, "changeLookback");
      return this;
    }

    /**
     * Whether {@code updateAllIfUnchanged} is offered (one call per record with {@code
     * If-Unmodified-Since} instead of 200 per sObject Collections call). Default true.
     */
    public Builder conditionalUpdates(boolean conditionalUpdates) {
      this.conditionalUpdates = conditionalUpdates;
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no {@link #auth} was set
     */
    public SalesforceConnector build() {
      requireAuth();
      options().apiVersion().ifPresent(this::apiVersion);
      return new SalesforceConnector(this, new AtomicReference<>());
    }

    private URI loginUrl() {
      return authUrl().orElse(PRODUCTION_LOGIN_URL);
    }
  }
}
