package io.ikarus.connects.hubspot;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.hubspot.internal.ChangeFeed;
import io.ikarus.connects.hubspot.internal.HubSpotErrorMapper;
import io.ikarus.connects.hubspot.internal.HubSpotLimits;
import io.ikarus.connects.hubspot.internal.HubSpotNames;
import io.ikarus.connects.hubspot.internal.HubSpotParts;
import io.ikarus.connects.hubspot.internal.RateLimitHeaders;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.ConnectorBuilder;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HubSpot connector: CRM v3 objects (contacts, companies, deals, tickets, custom objects by
 * name or {@code 2-...} id), batch endpoints in chunks of 100, the list endpoint for queries
 * without filters or sorts, batch read for queries by id, the search API for the rest, the
 * properties API for schemas, associations v4, forms v3 submissions.
 *
 * <p>Property values are read back as HubSpot sends them: strings (numbers, booleans and dates
 * included), null for empty. Writes accept strings, numbers, booleans, {@code Instant}, {@code
 * LocalDate} and collections (multi-select). Queries and streams page by record id, so they pass
 * HubSpot's 10,000-result search ceiling; a query ordered by another property cannot. Two rate
 * limiters run by default: the account's burst limit ({@link Builder#burstLimit}) and the search
 * API's own ({@link Builder#searchLimit}). A ten-secondly 429 is waited out; a daily one fails at
 * once with a non-retryable {@link io.ikarus.connects.error.RateLimitException}. Thread-safe.
 *
 * <pre>{@code
 * HubSpotConnector hubspot = HubSpotConnector.builder()
 *     .auth(BearerTokenAuth.of(System.getenv("HUBSPOT_TOKEN")))
 *     .burstLimit(190, Duration.ofSeconds(10))          // Professional / Enterprise
 *     .build();
 * BatchResult r = hubspot.upsertAll("contacts", "email", contacts).join();
 * }</pre>
 *
 * <p>From configuration ({@code CrmConnectors.fromConfig}, {@code "crm_type": "hubspot"}), {@code
 * auth_config} holds {@code api_token} (a private-app token) and {@code object_type}, or OAuth:
 * {@code client_id}, {@code client_secret} and {@code refresh_token}, or {@code code} with {@code
 * redirect_uri}; {@code options} adds {@code burst_limit} (requests per 10 s, default 100), {@code
 * search_limit} (searches per second, default 4) and {@code forms_url} to the core keys. Every key,
 * its type and default: {@code docs/configuration.md}.
 */
public final class HubSpotConnector extends BaseCrmConnector {

  private static final Capabilities CAPABILITIES =
      Capabilities.builder()
          .maxBatchSize(100)
          .maxPageSize(200)
          .nativeUpsert(true)
          .trackedDeletes(true)
          .build();

  private final ErrorMapper errors = new HubSpotErrorMapper();
  private final Builder settings;
  private final HubSpotParts parts;

  private HubSpotConnector(Builder b, AtomicReference<HubSpotParts> made) {
    super(
        HubSpotParts.CONNECTOR,
        b.auth(),
        b.options(),
        b.limits.vendorDefaults(
            b.baseUrl().orElse(HubSpotLimits.API), b.authUrl().orElse(HubSpotLimits.TOKEN)),
        calls -> {
          made.set(
              HubSpotParts.create(
                  calls, b.changeLookback, b.formsUrl, b.authenticatedForms, b.options().clock()));
          return made.get().parts();
        });
    this.settings = b;
    this.parts = made.get();
  }

  /** A builder; {@link Builder#auth} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The object this connector mainly works on ({@code auth_config.object_type}), for hosts that
   * work on one object; empty when none was set.
   */
  public Optional<String> defaultObject() {
    return settings.defaultObject();
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  /**
   * Ten batch chunks in flight: HubSpot limits calls per window, not in flight; with four, slow
   * answers capped the sustained rate below the window's (25 round trips for 10,000 records).
   */
  @Override
  protected int batchConcurrency() {
    return 10;
  }

  /**
   * Reads a record with the given properties (HubSpot's defaults for the object when empty).
   *
   * @return a future that completes exceptionally with {@link
   *     io.ikarus.connects.error.NotFoundException} when no live record has {@code id}
   */
  public CompletableFuture<CrmRecord> get(String object, String id, List<String> properties) {
    return operation("get", () -> parts.records().get(object, id, properties));
  }

  /**
   * Creates a custom property on {@code object} in the property group {@code groupName} (such as
   * {@code contactinformation}); {@code field.externalId()} makes its values unique, so it can key
   * upserts.
   *
   * @return a future completing with the property as HubSpot defined it, or exceptionally with
   *     {@link io.ikarus.connects.error.ConflictException} when the name is taken
   */
  public CompletableFuture<FieldSchema> createProperty(
      String object, FieldSchema field, String groupName) {
    return operation("createProperty", () -> parts.properties().create(object, field, groupName));
  }

  /** Associates two records with HubSpot's default (unlabelled) association, both ways. */
  public CompletableFuture<Void> associate(
      String fromObject, String fromId, String toObject, String toId) {
    return operation(
        "associate",
        () -> parts.associations().associateDefault(fromObject, fromId, toObject, toId));
  }

  /**
   * Associates two records with one association type (a label), from {@code fromObject} to {@code
   * toObject}.
   *
   * @param category {@code HUBSPOT_DEFINED}, {@code USER_DEFINED} or {@code INTEGRATOR_DEFINED}
   */
  public CompletableFuture<Void> associate(
      String fromObject, String fromId, String toObject, String toId, String category, int typeId) {
    return operation(
        "associate",
        () -> parts.associations().associate(fromObject, fromId, toObject, toId, category, typeId));
  }

  /** Lists the records of {@code toObject} associated with a record, every page. */
  public CompletableFuture<List<HubSpotAssociation>> associations(
      String fromObject, String fromId, String toObject) {
    return operation("associations", () -> parts.associations().list(fromObject, fromId, toObject));
  }

  /** Removes every association between two records. */
  public CompletableFuture<Void> removeAssociation(
      String fromObject, String fromId, String toObject, String toId) {
    return operation(
        "removeAssociation", () -> parts.associations().remove(fromObject, fromId, toObject, toId));
  }

  /**
   * Submits a form with contact fields, as a visitor would.
   *
   * @param context optional page context: {@code pageUri}, {@code pageName}, {@code hutk}, {@code
   *     ipAddress}; empty for none
   * @return a future completing with HubSpot's inline message or redirect URI (either may be null),
   *     or exceptionally with {@link io.ikarus.connects.error.ValidationException} naming the
   *     refused fields
   */
  public CompletableFuture<String> submitForm(
      String portalId, String formGuid, Map<String, String> fields, Map<String, String> context) {
    return operation("submitForm", () -> parts.forms().submit(portalId, formGuid, fields, context));
  }

  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    return RateLimitHeaders.status(response);
  }

  @Override
  protected ErrorMapper errorMapper() {
    return errors;
  }

  @Override
  public String toString() {
    return "HubSpotConnector{options=" + options() + '}';
  }

  /**
   * Builds a {@link HubSpotConnector}; does no I/O. {@link #auth} takes {@code
   * BearerTokenAuth.of(privateAppToken)} or an {@code OAuth2} flow (authorization code, refresh
   * token with rotation); OAuth tokens come from {@code https://api.hubapi.com/oauth/v1/token}
   * unless {@link #authUrl} or {@code ClientOptions.authUrl} says otherwise. Not thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private HubSpotLimits limits = HubSpotLimits.defaults();
    private URI formsUrl = URI.create("https://api.hsforms.com");
    private boolean authenticatedForms;
    private Duration changeLookback = ChangeFeed.DEFAULT_LOOKBACK;

    private Builder() {
      super("HubSpotConnector");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * How far before the newest modified time it handed out {@link HubSpotConnector#changesSince}
     * searches again, so that records the search index shows late are not missed; records found
     * again unchanged are not handed out twice. Default 2 minutes.
     */
    public Builder changeLookback(Duration lookback) {
      this.changeLookback = ChangeWindow.requireLookback(lookback);
      return this;
    }

    /** The object type this connector mainly works on, such as {@code contacts}. Default none. */
    @Override
    public Builder defaultObject(String object) {
      return super.defaultObject(HubSpotNames.objectType(object));
    }

    /**
     * The account's burst limit: 100 per 10 s (Free, Starter, public apps; the default) or 190 per
     * 10 s (Professional, Enterprise). The limiter paces a rolling window at 98% of it. {@code
     * ClientOptions.rateLimit}, when set, replaces both default limiters.
     */
    public Builder burstLimit(int permits, Duration window) {
      this.limits =
          new HubSpotLimits(permits, window, limits.searchPermits(), limits.searchWindow());
      return this;
    }

    /** The search API's limit. Default: 4 per second. */
    public Builder searchLimit(int permits, Duration window) {
      this.limits = new HubSpotLimits(limits.burstPermits(), limits.burstWindow(), permits, window);
      return this;
    }

    /** Where forms are submitted. Default {@code https://api.hsforms.com}. */
    public Builder formsUrl(URI formsUrl) {
      Urls.requireSecure(formsUrl, "formsUrl");
      this.formsUrl = formsUrl;
      return this;
    }

    /**
     * Submit forms to the authenticated ({@code secure}) endpoint with the connector's credentials,
     * which has higher limits. Default false: the public endpoint, no credentials.
     */
    public Builder authenticatedForms(boolean authenticatedForms) {
      this.authenticatedForms = authenticatedForms;
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no credentials were given
     */
    public HubSpotConnector build() {
      requireAuth();
      return new HubSpotConnector(this, new AtomicReference<>());
    }
  }
}
