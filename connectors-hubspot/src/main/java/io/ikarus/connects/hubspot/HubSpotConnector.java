package io.ikarus.connects.hubspot;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.hubspot.internal.HubSpotNames;
import io.ikarus.connects.hubspot.internal.HubSpotParts;
import io.ikarus.connects.hubspot.internal.HubSpotSetup;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorBuilder;
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
 * auth_config} holds a private-app {@code api_token} or OAuth client keys; {@code options} adds the
 * limits and {@code forms_url}. Every key, its type and default: {@code docs/configuration.md}.
 */
public final class HubSpotConnector extends BaseCrmConnector {

  private final HubSpotSetup setup;
  private final HubSpotParts parts;

  private HubSpotConnector(Builder b, HubSpotSetup s, AtomicReference<HubSpotParts> made) {
    super(
        HubSpotParts.CONNECTOR,
        b.auth(),
        b.options(),
        s.defaults(),
        calls -> {
          made.set(HubSpotParts.create(calls, s));
          return made.get().parts();
        });
    this.setup = s;
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
    return Optional.ofNullable(setup.defaultObject());
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

  /**
   * Builds a {@link HubSpotConnector}; does no I/O. {@link #auth} takes {@code
   * BearerTokenAuth.of(privateAppToken)} or an {@code OAuth2} flow (authorization code, refresh
   * token with rotation); OAuth tokens come from {@code https://api.hubapi.com/oauth/v1/token}
   * unless {@link #authUrl} or {@code ClientOptions.authUrl} says otherwise. {@link
   * #changeLookback} defaults to 2 minutes (records the search index shows late are found). Not
   * thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private final HubSpotSetup.Builder setup = HubSpotSetup.builder();

    private Builder() {
      super("HubSpotConnector");
    }

    @Override
    protected Builder self() {
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
      setup.burstLimit(permits, window);
      return this;
    }

    /** The search API's limit. Default: 4 per second. */
    public Builder searchLimit(int permits, Duration window) {
      setup.searchLimit(permits, window);
      return this;
    }

    /** Where forms are submitted. Default {@code https://api.hsforms.com}. */
    public Builder formsUrl(URI formsUrl) {
      setup.formsUrl(formsUrl);
      return this;
    }

    /**
     * Submit forms to the authenticated ({@code secure}) endpoint with the connector's credentials,
     * which has higher limits. Default false: the public endpoint, no credentials.
     */
    public Builder authenticatedForms(boolean authenticatedForms) {
      setup.authenticatedForms(authenticatedForms);
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no credentials were given
     */
    public HubSpotConnector build() {
      requireAuth();
      return new HubSpotConnector(this, setup.build(this), new AtomicReference<>());
    }
  }
}
