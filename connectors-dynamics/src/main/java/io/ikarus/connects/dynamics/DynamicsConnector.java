package io.ikarus.connects.dynamics;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.auth.ClientCertificate;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.dynamics.internal.DynamicsParts;
import io.ikarus.connects.dynamics.internal.DynamicsSettings;
import io.ikarus.connects.dynamics.internal.DynamicsTuning;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorBuilder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link io.ikarus.connects.CrmConnector} for Microsoft Dynamics 365 / Dataverse through the Web
 * API ({@code v9.2} by default). An object is an entity set name ({@code accounts}); an id is the
 * row's GUID; an upsert key is an alternate key of the table. Batches of creates and updates use
 * {@code CreateMultiple}/{@code UpdateMultiple} where the table has them, others {@code $batch}
 * change sets that never lose an innocent record; {@code updateAllIfUnchanged} sends {@code
 * If-Match: <@odata.etag>}; {@code changesSince} uses change tracking; {@code describe} reads
 * {@code EntityDefinitions} once per table. The default limiter paces the service-protection budget
 * (6000 requests per rolling 5 minutes, at 98%; 52 concurrent) and corrects its count from {@code
 * x-ms-ratelimit-burst-remaining-xrm-requests}. Thread-safe; build one per environment.
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

  private final DynamicsSettings settings;
  private final DynamicsParts parts;

  private DynamicsConnector(Builder b, DynamicsSettings s, AtomicReference<DynamicsParts> made) {
    super(
        "dynamics",
        s.auth(),
        b.options(),
        s.defaults(),
        calls -> {
          made.set(DynamicsParts.create(calls, s, b.tuning));
          return made.get().parts();
        });
    this.settings = s;
    this.parts = made.get();
  }

  /** A builder; {@code resourceUrl}, {@code tenantId} and credentials are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The environment's Web API root, such as {@code https://org.crm.dynamics.com/api/data/v9.2}. */
  public URI apiRoot() {
    return settings.apiRoot();
  }

  /**
   * Runs a raw OData query on {@code entitySet}: {@code options} such as {@code
   * $select=name&$filter=...}, used as given (escape values yourself, or prefer {@link #query}).
   */
  public CompletableFuture<Page> odata(String entitySet, String options) {
    return operation("odata", () -> parts.pages().raw(entitySet, options));
  }

  /** Who the connector acts as ({@code GET WhoAmI}). */
  public CompletableFuture<WhoAmI> whoAmI() {
    return operation("whoAmI", () -> parts.web().whoAmI());
  }

  /**
   * Calls an unbound function ({@code GET Name(P=@p1)?@p1=...}); each parameter (String, Number,
   * Boolean, Instant, LocalDate, UUID, Collection or Map) is sent as an escaped OData literal.
   *
   * @return a future with the response's properties (without {@code @odata.context})
   */
  public CompletableFuture<Map<String, Object>> function(String name, Map<String, Object> params) {
    return function(null, null, name, params);
  }

  /** Calls a function bound to one row: {@code GET set(id)/Microsoft.Dynamics.CRM.Name(...)}. */
  public CompletableFuture<Map<String, Object>> function(
      String entitySet, String id, String name, Map<String, Object> params) {
    return operation("function", () -> parts.web().function(entitySet, id, name, params));
  }

  /** Calls an unbound action ({@code POST Name}) with the parameters as a JSON body. */
  public CompletableFuture<Map<String, Object>> action(String name, Map<String, Object> params) {
    return action(null, null, name, params);
  }

  /** Calls an action bound to one row: {@code POST set(id)/Microsoft.Dynamics.CRM.Name}. */
  public CompletableFuture<Map<String, Object>> action(
      String entitySet, String id, String name, Map<String, Object> params) {
    return operation("action", () -> parts.web().action(entitySet, id, name, params));
  }

  /** Links {@code relatedSet(relatedId)} to {@code entitySet(id)} through {@code navigation}. */
  public CompletableFuture<Void> associate(
      String entitySet, String id, String navigation, String relatedSet, String relatedId) {
    return operation(
        "associate", () -> parts.web().associate(entitySet, id, navigation, relatedSet, relatedId));
  }

  /** Unlinks {@code relatedId} from {@code navigation}; null clears a single-valued one. */
  public CompletableFuture<Void> disassociate(
      String entitySet, String id, String navigation, String relatedId) {
    return operation(
        "disassociate", () -> parts.web().disassociate(entitySet, id, navigation, relatedId));
  }

  /** Reads a row with related rows nested: navigation property to columns (empty: all). */
  public CompletableFuture<CrmRecord> getExpanded(
      String entitySet, String id, Map<String, List<String>> expand) {
    return operation("getExpanded", () -> parts.web().expanded(entitySet, id, expand));
  }

  /**
   * Builds a {@link DynamicsConnector}; {@link #build()} validates and does no I/O. {@link
   * #baseUrl} is the environment URL ({@link #resourceUrl}); {@link #authUrl} the Entra authority
   * (default {@code https://login.microsoftonline.com}; a URL with a path is the token endpoint).
   * {@link #auth} wins over {@link #clientSecret} and {@link #certificate}. Not thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private String tenantId;
    private OAuth2 grant;
    private String apiVersion = DynamicsSettings.DEFAULT_API_VERSION;
    private DynamicsTuning tuning = DynamicsTuning.defaults();

    private Builder() {
      super("DynamicsConnector");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The environment URL ({@code https://contoso.crm4.dynamics.com}): {@link #baseUrl}. */
    public Builder resourceUrl(URI resourceUrl) {
      return baseUrl(Objects.requireNonNull(resourceUrl, "resourceUrl"));
    }

    /** The Microsoft Entra tenant (directory) id. Required. */
    public Builder tenantId(String tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      return this;
    }

    /** App-only auth with a client secret; the scope is {@code <resourceUrl>/.default}. */
    public Builder clientSecret(String clientId, String clientSecret) {
      grant =
          OAuth2.clientCredentials(clientId, Objects.requireNonNull(clientSecret, "clientSecret"));
      return this;
    }

    /** App-only auth with a certificate client assertion (RS256, {@code x5t}, {@code x5t#S256}). */
    public Builder certificate(String clientId, ClientCertificate certificate) {
      grant =
          OAuth2.clientCredentials(clientId, Objects.requireNonNull(certificate, "certificate"));
      return this;
    }

    /** The Web API version. Default {@code v9.2}; {@code ClientOptions.apiVersion} overrides. */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /** Requests per {@code $batch} call, 1 to 1000. Default 1000, the service's maximum. */
    public Builder batchSize(int batchSize) {
      tuning = tuning.withBatchSize(batchSize);
      return this;
    }

    /** Whether creates and updates try {@code Create/UpdateMultiple} per chunk. Default true. */
    public Builder bulkMessages(boolean bulkMessages) {
      tuning = tuning.withBulkMessages(bulkMessages);
      return this;
    }

    /** Records per atomic change set, 1 to 1000. Default 100 (a failed set costs a resend). */
    public Builder changeSetSize(int size) {
      tuning = tuning.withChangeSetSize(size);
      return this;
    }

    /** Rows per page for {@code changesSince}, 1 to 5000. Default 5000. */
    public Builder pageSize(int pageSize) {
      tuning = tuning.withPageSize(pageSize);
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws NullPointerException naming {@code resourceUrl} or {@code tenantId} when missing
     * @throws IllegalStateException when no credentials were set
     */
    public DynamicsConnector build() {
      URI resource = baseUrl().orElse(null);
      URI authority = authUrl().orElse(DynamicsSettings.LOGIN);
      return new DynamicsConnector(
          this,
          DynamicsSettings.of(resource, authority, tenantId, auth(), grant, options(), apiVersion),
          new AtomicReference<>());
    }
  }
}
