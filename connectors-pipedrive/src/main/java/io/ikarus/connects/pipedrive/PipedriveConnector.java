package io.ikarus.connects.pipedrive;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.pipedrive.internal.ChangeFeed;
import io.ikarus.connects.pipedrive.internal.Entity;
import io.ikarus.connects.pipedrive.internal.FieldCatalogs;
import io.ikarus.connects.pipedrive.internal.MeteredCalls;
import io.ikarus.connects.pipedrive.internal.PipedriveErrorMapper;
import io.ikarus.connects.pipedrive.internal.PipedriveLimits;
import io.ikarus.connects.pipedrive.internal.QueryRouter;
import io.ikarus.connects.pipedrive.internal.RateLimitHeaders;
import io.ikarus.connects.pipedrive.internal.RecordCalls;
import io.ikarus.connects.pipedrive.internal.RecordReader;
import io.ikarus.connects.pipedrive.internal.Schemas;
import io.ikarus.connects.pipedrive.internal.Searcher;
import io.ikarus.connects.pipedrive.internal.TokenMeter;
import io.ikarus.connects.pipedrive.internal.Upserter;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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

  private final Capabilities capabilities;
  private final TokenMeter meter;
  private final ErrorMapper errors;
  private final FieldCatalogs catalogs;
  private final RecordCalls calls;
  private final QueryRouter queries;
  private final Upserter upserter;
  private final ChangeFeed changes;
  private final int writeConcurrency;
  private final String defaultObject;

  private PipedriveConnector(Builder b, PipedriveLimits limits) {
    super("pipedrive", b.auth, b.options, limits.vendorDefaults());
    this.writeConcurrency = b.writeConcurrency;
    this.capabilities =
        Capabilities.builder()
            .maxBatchSize(b.writeConcurrency)
            .maxPageSize(500)
            .trackedDeletes(true)
            .build();
    this.meter = new TokenMeter(limits.dailyBudget(), b.serverZone, options().clock());
    this.errors = new PipedriveErrorMapper(meter);
    this.defaultObject = b.defaultObject;
    MeteredCalls transport = new MeteredCalls(meter, calls());
    this.catalogs = new FieldCatalogs(transport);
    RecordReader reader = new RecordReader(catalogs);
    Searcher searcher = new Searcher(transport, reader);
    this.calls = new RecordCalls(transport, catalogs, reader, this::errorContext);
    this.queries = new QueryRouter(transport, reader, searcher, catalogs, this::errorContext);
    this.upserter = new Upserter(calls, searcher, catalogs, this::errorContext);
    this.changes = new ChangeFeed(transport, reader, options().clock(), b.changeLookback);
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
    return meter.usedToday();
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  protected CompletableFuture<CrmRecord> doCreate(String object, Map<String, Object> fields) {
    return calls.create(object, fields);
  }

  @Override
  protected CompletableFuture<CrmRecord> doGet(String object, String id) {
    return calls.get(object, id);
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpdate(
      String object, String id, Map<String, Object> fields) {
    return calls.update(object, id, fields);
  }

  @Override
  protected CompletableFuture<Void> doDelete(String object, String id) {
    return calls.delete(object, id);
  }

  /**
   * Upserts by {@code keyField}: an exact-match search for the key value (one call, 20 tokens),
   * then an update of the record found or a create. This is two calls, not one atomic operation:
   * two writers upserting the same new key at the same time can both find nothing and both create,
   * and a record created moments ago may not be searchable yet (Pipedrive's search index follows
   * writes with a delay), so keep one writer per key. The key must be a field search can look in: a
   * person's {@code name}, {@code email} or {@code phone}, a deal's or lead's {@code title}, an
   * organization's or product's {@code name}, or a text, number or phone custom field. When more
   * than one record matches exactly, the upsert fails with a {@link
   * io.ikarus.connects.error.ConflictException}.
   */
  @Override
  protected CompletableFuture<CrmRecord> doUpsert(
      String object, String keyField, Map<String, Object> fields) {
    return upserter.upsert(object, keyField, fields);
  }

  @Override
  protected CompletableFuture<Page> doQuery(Query query) {
    return queries.first(query);
  }

  @Override
  protected CompletableFuture<Changes> doChangesSince(String object, Checkpoint checkpoint) {
    return changes.since(object, checkpoint, errorContext("changesSince"));
  }

  @Override
  protected CompletableFuture<ObjectSchema> doDescribe(String object) {
    Entity entity = Entity.of(object, errorContext("describe"));
    return catalogs.refresh(entity).thenApply(c -> Schemas.schema(object, entity, c));
  }

  @Override
  protected int batchConcurrency() {
    return 1;
  }

  @Override
  protected URI resolveBaseUrl(AccessToken token) {
    String apiDomain = token == null ? null : token.attribute("api_domain");
    if (options().baseUrl().isEmpty() && apiDomain != null && !apiDomain.isBlank()) {
      return URI.create(apiDomain);
    }
    return super.resolveBaseUrl(token);
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
    return "PipedriveConnector{writeConcurrency="
        + writeConcurrency
        + ", options="
        + options()
        + '}';
  }

  /** Builds a {@link PipedriveConnector}; does no I/O. Not thread-safe. */
  public static final class Builder {
    private AuthProvider auth;
    private ClientOptions options = ClientOptions.defaults();
    private PipedrivePlan plan = PipedrivePlan.LITE;
    private int seats = 1;
    private long dailyBudget = -1;
    private int burst = -1;
    private int writeConcurrency = 8;
    private java.time.ZoneId serverZone = java.time.ZoneOffset.UTC;
    private Duration changeLookback = ChangeFeed.DEFAULT_LOOKBACK;
    private String defaultObject;

    private Builder() {}

    /** A personal API token, sent in the {@code x-api-token} header (never in the URL). */
    public Builder apiToken(String token) {
      return auth(ApiKeyAuth.header("x-api-token", token));
    }

    /**
     * The credentials: {@link #apiToken}, or for an OAuth app {@code OAuth2.authorizationCode(...)}
     * or {@code OAuth2.refreshToken(...)} with {@code withBasicClientAuthentication()} (Pipedrive's
     * token endpoint takes the client credentials only as HTTP Basic); calls then go to the {@code
     * api_domain} the token response names, unless {@code ClientOptions.baseUrl} is set.
     */
    public Builder auth(AuthProvider auth) {
      this.auth = java.util.Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** Transport options; {@code baseUrl} is the company domain or a fake. */
    public Builder options(ClientOptions options) {
      this.options = java.util.Objects.requireNonNull(options, "options");
      return this;
    }

    /** The company's plan and seats, for the burst limit and budget. Default Lite, 1 seat. */
    public Builder plan(PipedrivePlan plan, int seats) {
      plan.dailyBudget(seats);
      this.plan = java.util.Objects.requireNonNull(plan, "plan");
      this.seats = seats;
      return this;
    }

    /** The daily token budget, when top-ups or other apps change it. Default: the plan's. */
    public Builder dailyBudget(long tokens) {
      if (tokens < 1) {
        throw new IllegalArgumentException("dailyBudget must be positive: " + tokens);
      }
      this.dailyBudget = tokens;
      return this;
    }

    /** Requests per rolling 2 s, overriding the plan's burst limit. */
    public Builder burstLimit(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("burstLimit must be positive: " + requests);
      }
      this.burst = requests;
      return this;
    }

    /** The zone whose midnight resets the budget: the company's server. Default UTC. */
    public Builder serverZone(java.time.ZoneId zone) {
      this.serverZone = java.util.Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The most batch writes in flight at once (Pipedrive has no bulk write). Default 8. */
    public Builder writeConcurrency(int calls) {
      if (calls < 1 || calls > 100) {
        throw new IllegalArgumentException("writeConcurrency must be 1..100: " + calls);
      }
      this.writeConcurrency = calls;
      return this;
    }

    /**
     * How far before the newest update time it handed out {@link PipedriveConnector#changesSince}
     * starts its next run, so that a record stamped late is not missed; changes found again
     * unchanged are not handed out twice. Default 1 minute.
     */
    public Builder changeLookback(Duration lookback) {
      this.changeLookback = ChangeWindow.requireLookback(lookback);
      return this;
    }

    /** The object this connector mainly works on, such as {@code DEAL}. Default none. */
    public Builder defaultObject(String object) {
      try {
        this.defaultObject =
            Entity.of(object, io.ikarus.connects.error.ErrorContext.of("pipedrive", "config"))
                .path();
      } catch (io.ikarus.connects.error.NotFoundException e) {
        // A misnamed object in the configuration is a configuration mistake, not a missing record.
        throw new io.ikarus.connects.error.ValidationException(
            e.detail(), e.context(), java.util.List.of());
      }
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no credentials were given
     */
    public PipedriveConnector build() {
      if (auth == null) {
        throw new IllegalStateException("PipedriveConnector needs apiToken(...) or auth(...)");
      }
      boolean oauth = !(auth instanceof ApiKeyAuth);
      int permits = burst > 0 ? burst : plan.burst(oauth);
      long budget = dailyBudget > 0 ? dailyBudget : plan.dailyBudget(seats);
      return new PipedriveConnector(this, new PipedriveLimits(permits, budget));
    }
  }
}
