package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.hubspot.HubSpotApi;
import io.ikarus.connects.testkit.internal.hubspot.ObjectType;
import io.ikarus.connects.testkit.internal.hubspot.PropertyDef;
import io.ikarus.connects.testkit.internal.hubspot.RateLimits;
import io.ikarus.connects.testkit.internal.hubspot.Records;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A stateful in-process HubSpot account speaking the real wire format under {@code /crm/v3} and
 * {@code /crm/v4}: private-app tokens and the OAuth v1 token endpoint, CRM objects (contacts,
 * companies, deals, tickets, custom objects by {@code 2-...} id), batch endpoints (100 inputs, 207
 * multi-status), search (filter groups, sorts, 200 per page, 10,000-result cap), properties,
 * associations v4, forms v3 submissions (same host), HubSpot's error bodies, and, when enabled,
 * rolling-window rate limits with {@code X-HubSpot-RateLimit-*} headers and 429 {@code
 * policyName}s. Strict like the real API: unknown properties and over-limit batches are refused;
 * search is eventually consistent ({@link Builder#searchIndexLag}, off by {@link
 * Builder#instantSearch()}).
 *
 * <pre>{@code
 * try (FakeHubSpot hs = FakeHubSpot.start()) {
 *   HubSpotConnector crm = HubSpotConnector.builder()
 *       .auth(BearerTokenAuth.of(hs.privateAppToken()))
 *       .options(ClientOptions.builder().baseUrl(URI.create(hs.url())).build()).build();
 *   assertThat(hs.journal().count("POST", "/crm/v3/objects/contacts/batch/upsert")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FakeHubSpot extends AbstractFake {

  /** The default search index lag: writes show in search a few seconds later, as at HubSpot. */
  public static final Duration DEFAULT_SEARCH_LAG = Duration.ofSeconds(3);

  private final HubSpotApi api;
  private final String privateAppToken;

  private FakeHubSpot(Builder b) {
    super(b.clock);
    TokenRegistry registry = new TokenRegistry(b.clock, b.tokenLifetime);
    this.api = new HubSpotApi(b.clock, registry);
    api.store().searchLag(b.searchLag);
    this.privateAppToken = b.privateAppToken;
    api.tokens().addPrivateAppToken(privateAppToken);
    api.tokens().grants().addClient(b.clientId, b.clientSecret, b.redirectUri);
    api.tokens().grants().rotateRefreshTokens(b.rotateRefreshTokens);
    api.batches().echoTraceIds(b.echoTraceIds);
    api.rateLimits(b.rateLimits.get());
    serve(api, registry, b.port);
    if (b.sampleData) {
      seed();
    }
  }

  /** Starts a fake with the defaults (no rate limits) on a free port. */
  public static FakeHubSpot start() {
    return builder().start();
  }

  /** Starts configuring a fake. */
  public static Builder builder() {
    return new Builder();
  }

  /** The OAuth v1 token endpoint. */
  public String tokenUrl() {
    return url() + "/oauth/v1/token";
  }

  /** A private-app token the fake accepts. */
  public String privateAppToken() {
    return privateAppToken;
  }

  /**
   * Issues a one-time authorization code for the OAuth client, as HubSpot's consent screen does.
   */
  public String issueAuthorizationCode(String clientId) {
    OAuthGrants.Client client = api.tokens().grants().client(clientId);
    return api.tokens().grants().issueCode(clientId, client == null ? null : client.redirectUri());
  }

  /** Issues a refresh token for the OAuth client, as a completed consent would. */
  public String issueRefreshToken(String clientId) {
    return api.tokens().grants().issueRefreshToken(clientId);
  }

  /** Declares a custom object type, such as {@code ("2-12345", "cars", "model", "year")}. */
  public void addCustomObject(String typeId, String name, String... textProperties) {
    List<PropertyDef> defs = Arrays.stream(textProperties).map(PropertyDef::text).toList();
    inLock(() -> api.schema().addType(ObjectType.custom(typeId, name), defs));
  }

  /** Declares a form of {@code portalId}; submissions must use only {@code fields}. */
  public void addForm(String portalId, String formGuid, Set<String> fields, Set<String> required) {
    api.forms().addForm(portalId, formGuid, fields, required);
  }

  /** The accepted form submissions, as JSON text, in arrival order. */
  public List<String> formSubmissions() {
    return api.forms().submissions().stream().map(Json::write).toList();
  }

  /** Creates a record with the API's validation and returns its id. */
  public String insert(String object, Map<String, String> properties) {
    ObjectNode input = Json.object();
    properties.forEach(input.putObject("properties")::put);
    return locked(() -> api.writes().create(api.schema().type(object), input).id());
  }

  /**
   * Makes search show the latest write of a record {@code extra} later than the configured lag, so
   * that writes show in search out of order, as HubSpot's index does under load.
   */
  public void delaySearchIndex(String object, String id, Duration extra) {
    inLock(() -> api.store().indexLater(id, extra));
  }

  /** A live record's properties, or empty when absent or archived. */
  public Optional<Map<String, String>> record(String object, String id) {
    return locked(
        () ->
            Optional.ofNullable(api.store().find(api.schema().type(object), id))
                .map(Records::properties));
  }

  /** How many live records {@code object} has. */
  public long count(String object) {
    return locked(
        () -> (long) api.store().select(api.schema().type(object), o -> !o.isDeleted()).size());
  }

  @Override
  String describe() {
    return """
        hubspot     %s/crm/v3
          private-app token %s
          token URL      %s
          forms host     %s
        """
        .formatted(url(), privateAppToken(), tokenUrl(), url());
  }

  private void seed() {
    for (int i = 1; i <= 5; i++) {
      insert("contacts", Map.of("email", "sample" + i + "@example.com", "firstname", "Sample" + i));
      insert("companies", Map.of("name", "Sample Co " + i, "domain", "sample" + i + ".example"));
    }
  }

  /** Configures a {@link FakeHubSpot}. Not thread-safe. */
  public static final class Builder extends FakeBuilder<FakeHubSpot, Builder> {
    private Duration searchLag = DEFAULT_SEARCH_LAG;
    private String privateAppToken = "pat-na1-" + UUID.randomUUID();
    private String clientId = "fake-client-id";
    private String clientSecret = "fake-client-secret";
    private String redirectUri = "https://app.example.com/oauth/callback";
    private boolean rotateRefreshTokens;
    private Duration tokenLifetime = Duration.ofMinutes(30);
    private Supplier<RateLimits> rateLimits = () -> null;
    private boolean echoTraceIds;

    private Builder() {}

    /**
     * How long after a write the search endpoint shows it, on the fake's clock: HubSpot's search
     * index is eventually consistent, so a record just created is not found yet and one just
     * updated is found with its old values. Default {@link #DEFAULT_SEARCH_LAG}.
     */
    public Builder searchIndexLag(Duration lag) {
      if (lag.isNegative()) {
        throw new IllegalArgumentException("searchIndexLag must not be negative: " + lag);
      }
      this.searchLag = lag;
      return this;
    }

    /** Makes search show every write at once, for tests that need instant consistency. */
    public Builder instantSearch() {
      return searchIndexLag(Duration.ZERO);
    }

    /** The private-app token accepted. Default: a random {@code pat-na1-...} token. */
    public Builder privateAppToken(String token) {
      this.privateAppToken = token;
      return this;
    }

    /** The OAuth client accepted by the token endpoint. Default: fake-client-id/-secret. */
    public Builder oauthClient(String clientId, String clientSecret, String redirectUri) {
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      this.redirectUri = redirectUri;
      return this;
    }

    /** Whether each refresh returns a new refresh token and retires the old. Default false. */
    public Builder rotateRefreshTokens(boolean rotate) {
      this.rotateRefreshTokens = rotate;
      return this;
    }

    /** The OAuth access-token lifetime ({@code expires_in}). Default 30 minutes. */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Turns rate limiting on: {@code burst} requests per rolling {@code burstWindow} ({@code
     * TEN_SECONDLY_ROLLING}), {@code daily} per day ({@code DAILY}), {@code search} searches per
     * {@code searchWindow} ({@code SECONDLY}). Default off; HubSpot's are 100 or 190 per 10 s.
     */
    public Builder rateLimits(
        int burst, Duration burstWindow, long daily, int search, Duration searchWindow) {
      long burstMillis = burstWindow.toMillis();
      long searchMillis = searchWindow.toMillis();
      this.rateLimits = () -> new RateLimits(burst, burstMillis, daily, search, searchMillis, null);
      return this;
    }

    /**
     * Whether batch create and upsert results echo each input's {@code objectWriteTraceId}. Default
     * false, as in HubSpot's v3 reference examples (newer references list it as optional): a client
     * has to map results to inputs without it. True is the easier world some accounts show.
     */
    public Builder echoTraceIds(boolean echo) {
      this.echoTraceIds = echo;
      return this;
    }

    @Override
    public FakeHubSpot start() {
      return new FakeHubSpot(this);
    }
  }
}
