package io.ikarus.connects.pipedrive;

import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.pipedrive.internal.PipedriveParts;
import io.ikarus.connects.pipedrive.internal.PipedriveSettings;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorBuilder;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Pipedrive connector: deals, persons, organizations, activities and products on API v2; leads
 * and notes on API v1 (they have no v2 twin). Objects are named by the API's plural ({@code
 * "persons"}) or the configuration's upper-case singular ({@code "PERSON"}).
 *
 * <p>Custom fields are read and written by their display names ({@code fields.get("Budget")}), not
 * their 40-character hash keys; the name map comes from the Fields API, is cached, and is reloaded
 * when a name or key is missing. Enum and set values are read and written as option labels. A
 * person's primary {@code email} and {@code phone} are plain fields next to the {@code emails} and
 * {@code phones} lists.
 *
 * <p>Rate limits: every call charges its endpoint's token cost against the daily budget (see {@link
 * Builder#dailyBudget}); a call the budget cannot pay, or any call after Pipedrive refused one for
 * the budget, fails at once with a non-retryable {@link
 * io.ikarus.connects.error.RateLimitException} whose {@code retryAfter} is the time left until
 * midnight (server time). The 2-second burst window is paced as the rolling window Pipedrive
 * counts, at 98% of the plan's limit, corrected by the {@code x-ratelimit-*} headers; a burst 429
 * is waited out. Pipedrive has no bulk write, so batches run at most {@link
 * Builder#writeConcurrency} calls at once. Thread-safe.
 *
 * <p>{@code upsert} is an exact-match search for the key value (20 tokens), then an update or a
 * create: two calls, not atomic, so keep one writer per key. The key must be a field search looks
 * in; more than one exact match fails with {@link io.ikarus.connects.error.ConflictException}.
 *
 * <p>With OAuth ({@code OAuth2.authorizationCode(...)} or {@code OAuth2.refreshToken(...)} with
 * {@code withBasicClientAuthentication()}: Pipedrive's token endpoint takes the client credentials
 * only as HTTP Basic) calls go to the {@code api_domain} the token response names, unless {@code
 * ClientOptions.baseUrl} or {@link Builder#baseUrl} is set.
 *
 * <pre>{@code
 * PipedriveConnector pipedrive = PipedriveConnector.builder()
 *     .apiToken(System.getenv("PIPEDRIVE_API_TOKEN"))
 *     .plan(PipedrivePlan.GROWTH, 5)
 *     .build();
 * CrmRecord deal = pipedrive.create("deals", Map.of("title", "Acme", "Budget", 5000)).join();
 * }</pre>
 *
 * <p>From configuration ({@code CrmConnectors.fromConfig}, {@code "crm_type": "pipedrive"}), {@code
 * auth_config} holds {@code api_token} and {@code object_type}, or OAuth: {@code client_id}, {@code
 * client_secret} and {@code refresh_token}, or {@code code} with {@code redirect_uri}; {@code
 * options} adds {@code plan} ({@code lite|growth|premium|ultimate}), {@code seats}, {@code
 * daily_budget}, {@code burst_limit}, {@code write_concurrency} and {@code server_zone} to the core
 * keys. Every key, its type and default: {@code docs/configuration.md}.
 */
public final class PipedriveConnector extends BaseCrmConnector {

  private final PipedriveSettings settings;
  private final String defaultObject;
  private final PipedriveParts parts;

  private PipedriveConnector(Builder b, PipedriveSettings s, AtomicReference<PipedriveParts> made) {
    super(
        PipedriveParts.NAME,
        b.auth(),
        b.options(),
        s.limits().vendorDefaults(b.authUrl().orElse(null)),
        calls -> {
          made.set(PipedriveParts.create(s, calls, b.options().clock()));
          return made.get().parts();
        });
    this.settings = s;
    this.defaultObject = b.defaultObject().orElse(null);
    this.parts = made.get();
  }

  /** A builder; {@link Builder#apiToken} or {@link Builder#auth} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The object this connector mainly works on ({@code auth_config.object_type}), or empty. */
  public Optional<String> defaultObject() {
    return Optional.ofNullable(defaultObject);
  }

  /** Tokens this connector charged today against the daily budget (its own count). */
  public long tokensUsedToday() {
    return parts.meter().usedToday();
  }

  @Override
  public String toString() {
    return "PipedriveConnector{writeConcurrency="
        + settings.writeConcurrency()
        + ", options="
        + options()
        + '}';
  }

  /**
   * Builds a {@link PipedriveConnector}; does no I/O. {@link #baseUrl} is the company domain (an
   * OAuth token's {@code api_domain} by default, else {@code https://api.pipedrive.com}); {@link
   * #authUrl} the OAuth server ({@code https://oauth.pipedrive.com}); {@link #changeLookback}
   * defaults to 1 minute. Not thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private final PipedriveSettings.Builder settings = PipedriveSettings.builder();

    private Builder() {
      super("PipedriveConnector");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** A personal API token, sent in the {@code x-api-token} header (never in the URL). */
    public Builder apiToken(String token) {
      return auth(ApiKeyAuth.header("x-api-token", token));
    }

    /** The company's plan and seats, for the burst limit and budget. Default Lite, 1 seat. */
    public Builder plan(PipedrivePlan plan, int seats) {
      settings.plan(plan, seats);
      return this;
    }

    /** The daily token budget, when top-ups or other apps change it. Default: the plan's. */
    public Builder dailyBudget(long tokens) {
      settings.dailyBudget(tokens);
      return this;
    }

    /** Requests per rolling 2 s, overriding the plan's burst limit. */
    public Builder burstLimit(int requests) {
      settings.burstLimit(requests);
      return this;
    }

    /** The zone whose midnight resets the budget: the company's server. Default UTC. */
    public Builder serverZone(ZoneId zone) {
      settings.serverZone(zone);
      return this;
    }

    /** The most batch writes in flight at once (Pipedrive has no bulk write). Default 8. */
    public Builder writeConcurrency(int calls) {
      settings.writeConcurrency(calls);
      return this;
    }

    /**
     * The object this connector mainly works on, such as {@code DEAL}. Default none.
     *
     * @throws io.ikarus.connects.error.ValidationException naming the object when Pipedrive has
     *     none of that name
     */
    @Override
    public Builder defaultObject(String object) {
      return super.defaultObject(PipedriveSettings.defaultObject(object));
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no credentials were given
     */
    public PipedriveConnector build() {
      requireAuth();
      return new PipedriveConnector(this, settings.build(this), new AtomicReference<>());
    }
  }
}
