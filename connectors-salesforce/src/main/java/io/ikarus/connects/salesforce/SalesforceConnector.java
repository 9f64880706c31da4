package io.ikarus.connects.salesforce;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.salesforce.internal.Bulk;
import io.ikarus.connects.salesforce.internal.ChangeFeed;
import io.ikarus.connects.salesforce.internal.CsvCodec;
import io.ikarus.connects.salesforce.internal.Describes;
import io.ikarus.connects.salesforce.internal.ExternalIdPaths;
import io.ikarus.connects.salesforce.internal.LimitInfo;
import io.ikarus.connects.salesforce.internal.RestQuery;
import io.ikarus.connects.salesforce.internal.SObjectCollections;
import io.ikarus.connects.salesforce.internal.SObjectRows;
import io.ikarus.connects.salesforce.internal.SalesforceErrorMapper;
import io.ikarus.connects.salesforce.internal.SalesforceNames;
import io.ikarus.connects.salesforce.internal.SoqlWriter;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.Async;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.Urls;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

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
 * The org's daily API usage ({@code Sforce-Limit-Info}) feeds the adaptive rate limiter.
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

  private static final Duration DAILY_WINDOW = Duration.ofHours(24);

  private final URI instanceUrl;
  private final String apiVersion;
  private final int bulkThreshold;
  private final String defaultObject;
  private final SObjectRows rows;
  private final SObjectCollections collections;
  private final RestQuery restQuery;
  private final Describes describes;
  private final ChangeFeed changes;
  private final Bulk bulk;
  private final boolean conditionalUpdates;

  private SalesforceConnector(Builder b) {
    super(SalesforceNames.CONNECTOR, b.auth, b.options, vendorDefaults(b));
    this.instanceUrl = b.instanceUrl;
    this.apiVersion = b.apiVersion;
    this.bulkThreshold = b.bulkThreshold;
    this.defaultObject = b.defaultObject;
    this.rows = new SObjectRows(calls());
    this.collections = new SObjectCollections(calls());
    this.restQuery = new RestQuery(calls());
    this.describes = new Describes(calls());
    this.changes = new ChangeFeed(restQuery, RestQuery.MAX_BATCH, b.changeLookback);
    this.bulk = new Bulk(calls(), b.bulkPollInterval, b.bulkTimeout);
    this.conditionalUpdates = b.conditionalUpdates;
  }

  /**
   * A builder with the defaults: production login, API {@value
   * SalesforceNames#DEFAULT_API_VERSION}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The object named by the configuration ({@code auth_config.Object_name}), for callers that work
   * with one object; empty when none was set.
   */
  public Optional<String> defaultObject() {
    return Optional.ofNullable(defaultObject);
  }

  /** The REST API version in use, such as {@code "v66.0"}. */
  public String apiVersion() {
    return apiVersion;
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
        .conditionalUpdates(conditionalUpdates)
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
        "soql", () -> restQuery.pages(SoqlWriter.objectOf(soql), soql, false, RestQuery.MAX_BATCH));
  }

  /**
   * Runs {@code soql} as a Bulk API 2.0 query job and returns the first set of results once the job
   * completes; each {@link Page#next()} reads the following set (at most {@code pageSize} rows)
   * with the job's locator. Values are strings, as in Bulk CSV; empty cells are null.
   */
  public CompletableFuture<Page> bulkQuery(String soql, int pageSize) {
    return operation("bulkQuery", () -> bulk.query(SoqlWriter.objectOf(soql), soql, pageSize));
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
            describes
                .defaultFields(query)
                .thenCompose(
                    fields ->
                        bulk.query(query.object(), SoqlWriter.write(query, fields), pageSize)));
  }

  @Override
  public CompletableFuture<BatchResult> createAll(
      String object, List<Map<String, Object>> records) {
    if (!bulk(records)) {
      return super.createAll(object, records);
    }
    return batchOperation("createAll", records, () -> bulk.insert(object, records));
  }

  @Override
  public CompletableFuture<BatchResult> updateAll(String object, List<CrmRecord> records) {
    if (!bulk(records)) {
      return super.updateAll(object, records);
    }
    return batchOperation("updateAll", records, () -> bulk.update(object, records));
  }

  @Override
  public CompletableFuture<BatchResult> upsertAll(
      String object, String keyField, List<Map<String, Object>> records) {
    if (!bulk(records)) {
      return super.upsertAll(object, keyField, records);
    }
    return batchOperation("upsertAll", records, () -> bulk.upsert(object, keyField, records));
  }

  @Override
  public CompletableFuture<BatchResult> deleteAll(String object, List<String> ids) {
    if (!bulk(ids)) {
      return super.deleteAll(object, ids);
    }
    return batchOperation("deleteAll", ids, () -> bulk.delete(object, ids));
  }

  /**
   * Large batches go to Bulk API 2.0; one with null elements stays on the path that reports them.
   */
  private boolean bulk(List<?> records) {
    return records != null
        && records.size() > bulkThreshold
        && records.stream().allMatch(java.util.Objects::nonNull);
  }

  @Override
  protected CompletableFuture<CrmRecord> doCreate(String object, Map<String, Object> fields) {
    return rows.create(object, fields);
  }

  @Override
  protected CompletableFuture<CrmRecord> doGet(String object, String id) {
    return rows.get(object, id);
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpdate(
      String object, String id, Map<String, Object> fields) {
    return rows.update(object, id, fields);
  }

  @Override
  protected CompletableFuture<Void> doDelete(String object, String id) {
    return rows.delete(object, id);
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpsert(
      String object, String keyField, Map<String, Object> fields) {
    if (ExternalIdPaths.fitsPath(CsvCodec.text(fields.get(keyField)))) {
      return rows.upsert(object, keyField, fields);
    }
    return collections
        .upsert(object, keyField, List.of(fields), 0)
        .thenApply(
            results -> {
              RecordResult r = results.get(0);
              if (r.error() != null) {
                throw r.error();
              }
              Map<String, Object> out = new java.util.LinkedHashMap<>(fields);
              out.put("Id", r.id());
              return CrmRecord.of(object, r.id(), out);
            });
  }

  @Override
  protected CompletableFuture<Page> doQuery(Query query) {
    int batch = query.pageSize().orElse(RestQuery.MAX_BATCH);
    return describes
        .defaultFields(query)
        .thenCompose(
            fields ->
                restQuery.pages(query.object(), SoqlWriter.write(query, fields), false, batch));
  }

  @Override
  protected CompletableFuture<Changes> doChangesSince(String object, Checkpoint checkpoint) {
    return describes
        .fieldNames(object)
        .thenCompose(fields -> changes.since(object, checkpoint, fields));
  }

  @Override
  protected CompletableFuture<ObjectSchema> doDescribe(String object) {
    return describes.schema(object);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    return collections.create(object, records, 0);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> updateChunk(
      String object, List<CrmRecord> records) {
    return collections.update(object, records, 0);
  }

  /**
   * {@code PATCH sobjects/Obj/id} with {@code If-Unmodified-Since} of {@code version}: sObject
   * Collections take no conditional headers, so a conditional batch costs one call per record (the
   * engine's concurrency limit applies). Salesforce stamps and the header have whole-second
   * precision: an edit made in the same second as the read is not detected.
   */
  @Override
  protected CompletableFuture<CrmRecord> doUpdateIfUnchanged(
      String object, String id, Map<String, Object> fields, String version) {
    return rows.updateIfUnchanged(object, id, fields, version);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    return collections.upsert(object, keyField, records, 0);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return collections.delete(ids, 0);
  }

  @Override
  protected URI resolveBaseUrl(AccessToken token) {
    URI root = options().baseUrl().orElse(instanceUrl);
    if (root == null && token != null && token.attribute("instance_url") != null) {
      root = URI.create(token.attribute("instance_url"));
    }
    if (root == null) {
      throw new IllegalStateException(
          "no Salesforce instance URL: the token response had no instance_url;"
              + " set SalesforceConnector.Builder.instanceUrl or ClientOptions.baseUrl");
    }
    return SalesforceNames.apiRoot(root, apiVersion);
  }

  /**
   * The org's daily budget from {@code Sforce-Limit-Info}. The allocation is a rolling 24 hours, so
   * the remaining calls are reported as lasting 24 hours: when less than a tenth is left, the
   * adaptive limiter spreads the rest over that window instead of letting one integration exhaust
   * the whole org's quota (turn {@code RateLimitSettings.adaptive} off to opt out).
   */
  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    return LimitInfo.parse(response.header(LimitInfo.HEADER))
        .map(l -> List.of(new RateLimitStatus("default", l.remaining(), l.max(), DAILY_WINDOW)))
        .orElse(List.of());
  }

  @Override
  protected ErrorMapper errorMapper() {
    return SalesforceErrorMapper.INSTANCE;
  }

  private static VendorDefaults vendorDefaults(Builder b) {
    boolean sandbox = b.loginUrl.getHost().equalsIgnoreCase(SANDBOX_LOGIN_URL.getHost());
    return VendorDefaults.builder()
        .tokenEndpoint(b.loginUrl.resolve("/services/oauth2/token"))
        .audience(sandbox ? SANDBOX_LOGIN_URL.toString() : PRODUCTION_LOGIN_URL.toString())
        // Salesforce allows 25 concurrent long-running requests per production org.
        .rateLimit(RateLimitSettings.builder().maxConcurrent(25).build())
        .build();
  }

  /**
   * Builds a {@link SalesforceConnector}; {@link #build()} validates and does no I/O. Not
   * thread-safe.
   */
  public static final class Builder {
    private AuthProvider auth;
    private ClientOptions options = ClientOptions.defaults();
    private URI instanceUrl;
    private URI loginUrl = PRODUCTION_LOGIN_URL;
    private String apiVersion = SalesforceNames.DEFAULT_API_VERSION;
    private int bulkThreshold = 2_000;
    private Duration bulkPollInterval = Duration.ofMillis(100);
    private Duration bulkTimeout = Duration.ofHours(2);
    private Duration changeLookback = ChangeFeed.DEFAULT_LOOKBACK;
    private boolean conditionalUpdates = true;
    private String defaultObject;

    private Builder() {}

    /** The credentials: an {@code OAuth2} flow or a {@code BearerTokenAuth}. Required. */
    public Builder auth(AuthProvider auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** Transport settings. Default {@link ClientOptions#defaults()}. */
    public Builder options(ClientOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The org's instance URL, such as {@code https://acme.my.salesforce.com}. Default: the {@code
     * instance_url} of the token response. {@code ClientOptions.baseUrl} overrides both.
     */
    public Builder instanceUrl(URI instanceUrl) {
      Urls.requireSecure(Objects.requireNonNull(instanceUrl, "instanceUrl"), "instanceUrl");
      this.instanceUrl = instanceUrl;
      return this;
    }

    /**
     * The login server whose {@code /services/oauth2/token} issues tokens: {@link
     * #PRODUCTION_LOGIN_URL} (default), {@link #SANDBOX_LOGIN_URL}, or the org's My Domain (needed
     * for client credentials). {@code ClientOptions.authUrl} overrides it.
     */
    public Builder loginUrl(URI loginUrl) {
      Urls.requireSecure(Objects.requireNonNull(loginUrl, "loginUrl"), "loginUrl");
      this.loginUrl = loginUrl;
      return this;
    }

    /** Same as {@link #loginUrl(URI)}, named like {@code ClientOptions.authUrl}. */
    public Builder authUrl(URI authUrl) {
      return loginUrl(authUrl);
    }

    /** Logs in at the sandbox server {@code https://test.salesforce.com}. */
    public Builder sandbox() {
      return loginUrl(SANDBOX_LOGIN_URL);
    }

    /**
     * The REST API version, such as {@code "v66.0"} or {@code "66.0"}. Default {@value
     * SalesforceNames#DEFAULT_API_VERSION}; {@code ClientOptions.apiVersion} is used when set.
     */
    public Builder apiVersion(String apiVersion) {
      Objects.requireNonNull(apiVersion, "apiVersion");
      String v = apiVersion.startsWith("v") ? apiVersion : "v" + apiVersion;
      if (!v.matches("v\\d{2,3}\\.\\d")) {
        throw new IllegalArgumentException("apiVersion must look like v66.0: " + apiVersion);
      }
      this.apiVersion = v;
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
     * The first wait before a bulk job's state is polled; later waits double up to 30 times it (so
     * at least 3 s apart on long jobs by default). Default 100 ms: a small job is often done in
     * well under a second, and a fixed first wait of 1 s added up to a second to every job.
     */
    public Builder bulkPollInterval(Duration interval) {
      this.bulkPollInterval = positive(interval, "bulkPollInterval");
      return this;
    }

    /** How long a bulk job may run before the call fails. Default 2 hours. */
    public Builder bulkTimeout(Duration timeout) {
      this.bulkTimeout = positive(timeout, "bulkTimeout");
      return this;
    }

    /**
     * How far before the newest stamp it handed out {@link SalesforceConnector#changesSince}
     * re-reads, so that rows committed late by long transactions (stamped when they started) are
     * not missed; rows re-read unchanged are not handed out again. Default 5 minutes.
     */
    public Builder changeLookback(Duration lookback) {
      if (Objects.requireNonNull(lookback, "lookback").isNegative()) {
        throw new IllegalArgumentException("changeLookback must not be negative: " + lookback);
      }
      this.changeLookback = lookback;
      return this;
    }

    /**
     * Whether {@link SalesforceConnector#updateAllIfUnchanged} is offered (a sync then updates each
     * record only if unchanged since read, one call per record with {@code If-Unmodified-Since},
     * instead of 200 per sObject Collections call). Default true; false trades that protection for
     * fewer calls.
     */
    public Builder conditionalUpdates(boolean conditionalUpdates) {
      this.conditionalUpdates = conditionalUpdates;
      return this;
    }

    /** The object this connector mostly works with; see {@link #defaultObject()}. */
    public Builder defaultObject(String object) {
      this.defaultObject = object;
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no {@link #auth} was set
     */
    public SalesforceConnector build() {
      if (auth == null) {
        throw new IllegalStateException("SalesforceConnector needs auth(...)");
      }
      if (options.apiVersion().isPresent()) {
        apiVersion(options.apiVersion().get());
      }
      return new SalesforceConnector(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
