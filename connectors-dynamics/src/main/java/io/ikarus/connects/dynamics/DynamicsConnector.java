package io.ikarus.connects.dynamics;

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
import io.ikarus.connects.auth.ClientCertificate;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.dynamics.internal.BatchLimits;
import io.ikarus.connects.dynamics.internal.BatchWriter;
import io.ikarus.connects.dynamics.internal.ChangeReader;
import io.ikarus.connects.dynamics.internal.DynamicsErrorMapper;
import io.ikarus.connects.dynamics.internal.DynamicsLimits;
import io.ikarus.connects.dynamics.internal.EntityCatalog;
import io.ikarus.connects.dynamics.internal.EntityInfo;
import io.ikarus.connects.dynamics.internal.MetadataReader;
import io.ikarus.connects.dynamics.internal.ODataQueryWriter;
import io.ikarus.connects.dynamics.internal.Pages;
import io.ikarus.connects.dynamics.internal.Paths;
import io.ikarus.connects.dynamics.internal.RecordMapper;
import io.ikarus.connects.dynamics.internal.Rows;
import io.ikarus.connects.dynamics.internal.WebOperations;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A {@link io.ikarus.connects.CrmConnector} for Microsoft Dynamics 365 / Dataverse through the Web
 * API ({@code v9.2} by default). An object is an entity set name ({@code accounts}, {@code
 * contacts}, {@code new_projects}); an id is the row's GUID.
 *
 * <p>{@code createAll} and {@code updateAll} send each chunk as one {@code CreateMultiple} or
 * {@code UpdateMultiple} request where the table has those messages (see {@link
 * Builder#bulkMessages(boolean)}). Other batch writes, and chunks those messages refuse, go through
 * {@code $batch} (at most {@link Builder#batchSize(int) 1000} requests per call) in atomic change
 * sets with {@code odata.continue-on-error}; when a change set fails, its other records are sent
 * again, each alone, so one bad record never loses the rest (see {@link
 * Builder#changeSetSize(int)}). Queries become OData with every value escaped and page through
 * {@code @odata.nextLink}; {@code changesSince} uses change tracking; {@code describe} reads {@code
 * EntityDefinitions} (once per table per connector: a column added later is seen by a new
 * connector). The default limiter paces Dataverse's service-protection budget of 6000 requests per
 * 5 minutes as the rolling window it is (at 98%), allows 52 concurrent requests, waits out {@code
 * Retry-After} on 429s and corrects its count from {@code
 * x-ms-ratelimit-burst-remaining-xrm-requests}.
 *
 * <p>Thread-safe; build one per environment and share it.
 *
 * <pre>{@code
 * DynamicsConnector crm = DynamicsConnector.builder()
 *     .resourceUrl(URI.create("https://contoso.crm4.dynamics.com"))
 *     .tenantId(tenantId)
 *     .clientSecret(clientId, clientSecret)
 *     .build();
 * CrmRecord account = crm.create("accounts", Map.of("name", "Contoso")).join();
 * }</pre>
 */
public final class DynamicsConnector extends BaseCrmConnector {

  private static final Map<String, String> ODATA_HEADERS =
      Map.of("OData-MaxVersion", "4.0", "OData-Version", "4.0", "Accept", "application/json");

  private final URI apiRoot;
  private final int batchSize;
  private final EntityCatalog catalog;
  private final Pages pages;
  private final ChangeReader changes;
  private final MetadataReader metadata;
  private final WebOperations operations;
  private final Rows rows;
  private final ErrorMapper errors = new DynamicsErrorMapper();
  private final int serviceLimit;

  private DynamicsConnector(Builder b, DynamicsSettings s) {
    super("dynamics", s.auth(), s.options(), s.defaults());
    this.apiRoot = s.apiRoot();
    this.batchSize = b.batchSize;
    this.serviceLimit = s.requestLimit();
    this.catalog = new EntityCatalog(calls());
    this.pages = new Pages(calls());
    this.changes = new ChangeReader(calls(), b.pageSize);
    this.metadata = new MetadataReader(calls());
    this.operations = new WebOperations(calls());
    BatchWriter writer =
        new BatchWriter(name(), calls(), errors, b.changeSetSize, s.options().clock());
    this.rows = new Rows(calls(), catalog, writer, apiRoot, b.bulkMessages);
  }

  /** A builder; {@code resourceUrl}, {@code tenantId} and credentials are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Batch size as configured (at most 1000), pages of 5000, native upsert, tracked deletes,
   * conditional updates (optimistic concurrency by {@code @odata.etag}).
   */
  @Override
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

  /** The environment's Web API root, such as {@code https://org.crm.dynamics.com/api/data/v9.2}. */
  public URI apiRoot() {
    return apiRoot;
  }

  // ---- rows -------------------------------------------------------------------------------------

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

  /**
   * Upserts through the alternate key {@code keyField} ({@code PATCH accounts(accountnumber='A-1')}
   * with no conditional header): the key must be an active alternate key of the table. Replaying it
   * never creates a duplicate.
   */
  @Override
  protected CompletableFuture<CrmRecord> doUpsert(
      String object, String keyField, Map<String, Object> fields) {
    return rows.upsert(object, keyField, fields);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    return rows.createAll(object, records);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> updateChunk(
      String object, List<CrmRecord> records) {
    return rows.updateAll(object, records);
  }

  /**
   * Updates each row with {@code If-Match: <etag>} of its {@link CrmRecord#version()} (as read in
   * {@code @odata.etag}); a row changed since answers 412, a {@link
   * io.ikarus.connects.error.PreconditionFailedException}. A record without a version is sent with
   * {@code If-Match: *}, as {@link #updateAll} does.
   */
  @Override
  protected CompletableFuture<List<RecordResult>> conditionalUpdateChunk(
      String object, List<CrmRecord> records) {
    return rows.updateAllIfUnchanged(object, records);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    return rows.upsertAll(object, keyField, records);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return rows.deleteAll(object, ids);
  }

  // ---- reads ------------------------------------------------------------------------------------

  @Override
  protected CompletableFuture<Page> doQuery(Query query) {
    ODataQueryWriter.validate(query);
    return withInfo(
        query.object(), info -> pages.first(info, ODataQueryWriter.write(query, info.primaryId())));
  }

  @Override
  protected CompletableFuture<Changes> doChangesSince(String object, Checkpoint checkpoint) {
    return withInfo(object, info -> changes.changes(info, checkpoint));
  }

  @Override
  protected CompletableFuture<ObjectSchema> doDescribe(String object) {
    return withInfo(object, metadata::describe);
  }

  // ---- Dynamics extras --------------------------------------------------------------------------

  /**
   * Runs a raw OData query on {@code entitySet}: the native escape hatch. {@code options} are
   * system query options such as {@code $select=name&$filter=...}, used as given: escape every
   * value yourself (double single quotes) or prefer {@link #query(Query)}.
   */
  public CompletableFuture<Page> odata(String entitySet, String options) {
    return operation("odata", () -> withInfo(entitySet, info -> pages.raw(info, options)));
  }

  /** Who the connector acts as ({@code GET WhoAmI}). */
  public CompletableFuture<WhoAmI> whoAmI() {
    return operation(
        "whoAmI",
        () ->
            operations
                .function(null, "WhoAmI", Map.of())
                .thenApply(
                    m ->
                        new WhoAmI(
                            String.valueOf(m.get("UserId")),
                            String.valueOf(m.get("BusinessUnitId")),
                            String.valueOf(m.get("OrganizationId")))));
  }

  /**
   * Calls an unbound function ({@code GET Name(P=@p1)?@p1=...}). Parameter values may be String,
   * Number, Boolean, Instant, LocalDate, UUID, a Collection (sent as a JSON array) or a Map; each
   * is written as an escaped OData literal.
   *
   * @return a future with the response's properties (without {@code @odata.context})
   */
  public CompletableFuture<Map<String, Object>> function(String name, Map<String, Object> params) {
    return operation("function", () -> operations.function(null, name, params));
  }

  /** Calls a function bound to one row: {@code GET set(id)/Microsoft.Dynamics.CRM.Name(...)}. */
  public CompletableFuture<Map<String, Object>> function(
      String entitySet, String id, String name, Map<String, Object> params) {
    return operation(
        "function", () -> operations.function(Paths.row(entitySet, id, "function"), name, params));
  }

  /** Calls an unbound action ({@code POST Name}) with the parameters as a JSON body. */
  public CompletableFuture<Map<String, Object>> action(String name, Map<String, Object> params) {
    return operation("action", () -> operations.action(null, name, params));
  }

  /** Calls an action bound to one row: {@code POST set(id)/Microsoft.Dynamics.CRM.Name}. */
  public CompletableFuture<Map<String, Object>> action(
      String entitySet, String id, String name, Map<String, Object> params) {
    return operation(
        "action", () -> operations.action(Paths.row(entitySet, id, "action"), name, params));
  }

  /**
   * Links {@code relatedSet(relatedId)} to {@code entitySet(id)} through the collection-valued
   * navigation property {@code navigation} ({@code POST .../contact_customer_accounts/$ref}).
   */
  public CompletableFuture<Void> associate(
      String entitySet, String id, String navigation, String relatedSet, String relatedId) {
    return operation(
        "associate",
        () -> {
          String related = apiRoot + "/" + Paths.row(relatedSet, relatedId, "associate");
          return operations.associate(Paths.row(entitySet, id, "associate"), navigation, related);
        });
  }

  /**
   * Unlinks a row: {@code relatedId} names the row to remove from a collection-valued navigation
   * property; pass null to clear a single-valued one.
   */
  public CompletableFuture<Void> disassociate(
      String entitySet, String id, String navigation, String relatedId) {
    return operation(
        "disassociate",
        () -> {
          String related = relatedId == null ? null : Paths.guid(relatedId, "disassociate");
          return operations.disassociate(
              Paths.row(entitySet, id, "disassociate"), navigation, related);
        });
  }

  /**
   * Reads a row with related rows nested ({@code $expand}): {@code expand} maps each navigation
   * property to the columns to read from it (empty: all).
   */
  public CompletableFuture<CrmRecord> getExpanded(
      String entitySet, String id, Map<String, List<String>> expand) {
    return operation(
        "getExpanded",
        () -> {
          String row = Paths.row(entitySet, id, "get");
          return withInfo(
              entitySet,
              info ->
                  operations.expanded(row, expand).thenApply(m -> RecordMapper.toRecord(info, m)));
        });
  }

  // ---- engine hooks -----------------------------------------------------------------------------

  @Override
  protected URI resolveBaseUrl(AccessToken token) {
    return apiRoot;
  }

  /** Every Web API call carries the OData version headers the service requires. */
  @Override
  protected Map<String, String> defaultHeaders() {
    return ODATA_HEADERS;
  }

  @Override
  protected ErrorMapper errorMapper() {
    return errors;
  }

  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    return DynamicsLimits.status(response, serviceLimit);
  }

  /**
   * Builds a {@link DynamicsConnector}; validates in {@link #build()}, which does no I/O. Not
   * thread-safe.
   */
  public static final class Builder {
    private URI resourceUrl;
    private String tenantId;
    private AuthProvider auth;
    private String clientId;
    private String clientSecret;
    private ClientCertificate certificate;
    private ClientOptions options;
    private String apiVersion = DynamicsSettings.DEFAULT_API_VERSION;
    private int batchSize = BatchLimits.MAX_REQUESTS;
    private int changeSetSize = 100;
    private boolean bulkMessages = true;
    private int pageSize = ODataQueryWriter.MAX_PAGE_SIZE;

    private Builder() {}

    /** The environment URL, such as {@code https://contoso.crm4.dynamics.com}. Required. */
    public Builder resourceUrl(URI resourceUrl) {
      this.resourceUrl = Objects.requireNonNull(resourceUrl, "resourceUrl");
      Urls.requireSecure(resourceUrl, "resourceUrl");
      return this;
    }

    /** The Microsoft Entra tenant (directory) id. Required. */
    public Builder tenantId(String tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      return this;
    }

    /** App-only auth with a client secret; the scope is {@code <resourceUrl>/.default}. */
    public Builder clientSecret(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      this.certificate = null;
      return this;
    }

    /**
     * App-only auth with a certificate client assertion (RS256, {@code x5t} and {@code x5t#S256}).
     */
    public Builder certificate(String clientId, ClientCertificate certificate) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.certificate = Objects.requireNonNull(certificate, "certificate");
      this.clientSecret = null;
      return this;
    }

    /** Any other credentials, used as given (their scope is yours to set). */
    public Builder auth(AuthProvider auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** Transport options; {@code authUrl} and {@code baseUrl} reach fakes and proxies. */
    public Builder options(ClientOptions options) {
      this.options = options;
      return this;
    }

    /** The Web API version. Default {@code v9.2}; {@code ClientOptions.apiVersion} overrides. */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /** Requests per {@code $batch} call, 1 to 1000. Default 1000, the service's maximum. */
    public Builder batchSize(int batchSize) {
      this.batchSize = BatchLimits.check("batchSize", batchSize, BatchLimits.MAX_REQUESTS);
      return this;
    }

    /**
     * Whether chunks of {@code createAll}/{@code updateAll} go through Dataverse's {@code
     * CreateMultiple}/{@code UpdateMultiple} messages (one request per chunk, a smaller body than
     * {@code $batch}, one transaction) where the table has them; a refused chunk (nothing written)
     * is sent again through {@code $batch} for per-record results, and a table without the messages
     * is written through {@code $batch} from then on. Default true.
     */
    public Builder bulkMessages(boolean bulkMessages) {
      this.bulkMessages = bulkMessages;
      return this;
    }

    /**
     * Records per atomic change set, 1 to 1000. Default 100: a failed change set costs a second
     * call that resends its other records one by one.
     */
    public Builder changeSetSize(int changeSetSize) {
      this.changeSetSize =
          BatchLimits.check("changeSetSize", changeSetSize, BatchLimits.MAX_REQUESTS);
      return this;
    }

    /** Rows per page for {@code changesSince}, 1 to 5000. Default 5000. */
    public Builder pageSize(int pageSize) {
      this.pageSize = BatchLimits.check("pageSize", pageSize, ODataQueryWriter.MAX_PAGE_SIZE);
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws NullPointerException naming the missing setting
     */
    public DynamicsConnector build() {
      Objects.requireNonNull(resourceUrl, "resourceUrl");
      AuthProvider a = auth;
      if (a == null && clientId != null) {
        OAuth2 grant =
            certificate != null
                ? OAuth2.clientCredentials(clientId, certificate)
                : OAuth2.clientCredentials(clientId, clientSecret);
        a = grant.withScope(DynamicsSettings.scope(resourceUrl));
      }
      return new DynamicsConnector(
          this, DynamicsSettings.of(resourceUrl, tenantId, a, options, apiVersion));
    }
  }

  private <T> CompletableFuture<T> withInfo(
      String entitySet, Function<EntityInfo, CompletableFuture<T>> work) {
    return catalog.info(entitySet).thenCompose(work);
  }
}
