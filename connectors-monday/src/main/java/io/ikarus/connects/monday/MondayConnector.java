package io.ikarus.connects.monday;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.monday.internal.BoardSchemas;
import io.ikarus.connects.monday.internal.ChangeFeed;
import io.ikarus.connects.monday.internal.Costs;
import io.ikarus.connects.monday.internal.MondayErrorMapper;
import io.ikarus.connects.monday.internal.MondayServices;
import io.ikarus.connects.monday.internal.MondaySettings;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link io.ikarus.connects.CrmConnector} for monday.com's GraphQL API: a board is the object
 * (its numeric id, or any other name for the configured board), items are the records, and fields
 * are column ids or titles ({@code name} is the item name). Records read back are keyed by column
 * id.
 *
 * <p>Batches are one request of aliased mutations each, sized by {@link Builder#batchSize} and
 * capped so a request stays inside monday's per-query complexity limit; batches run one at a time
 * (monday advises against concurrent writes to one board). Every document asks for {@code
 * complexity}, which feeds the {@code "complexity"} rate-limit bucket, so long runs wait for the
 * budget instead of exhausting it; a {@code COMPLEXITY_BUDGET_EXHAUSTED} answer (HTTP 200) is still
 * waited out using its {@code retry_in_seconds}. Errors that monday returns with HTTP 200 become
 * the usual typed exceptions. Thread-safe.
 *
 * <pre>{@code
 * CrmConnector monday = MondayConnector.builder()
 *     .apiToken(System.getenv("MONDAY_TOKEN"))
 *     .defaultObject("1234567890")
 *     .build();
 * CrmRecord item = monday.create("leads", Map.of("name", "Ada", "Email", "ada@example.com")).join();
 * }</pre>
 */
public final class MondayConnector extends BaseCrmConnector {

  /** The API version pinned by default. */
  public static final String DEFAULT_API_VERSION = "2025-10";

  private final MondaySettings settings;
  private final MondayServices services;

  private MondayConnector(MondaySettings s) {
    super("monday", s.auth(), s.options(), s.vendorDefaults());
    this.settings = s;
    this.services = MondayServices.of(s, calls());
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs any GraphQL document (the native escape hatch), with the pinned API version, the
   * complexity limiter and the error mapping of every other call. Pass values in {@code variables},
   * never by splicing them into the document.
   *
   * @param document the GraphQL document
   * @param variables its variables (may be empty)
   * @param estimatedComplexity the complexity to draw from the limiter before sending
   * @return a future of the {@code data} object; it completes exceptionally with the mapped
   *     exception of the first error monday reports
   */
  public CompletableFuture<Map<String, Object>> graphql(
      String document, Map<String, Object> variables, long estimatedComplexity) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(variables, "variables");
    boolean read = !document.trim().startsWith("mutation");
    return operation(
        "graphql",
        () ->
            services
                .client()
                .send("graphql", document, variables, estimatedComplexity, read)
                .thenApply(r -> r.orThrow().dataAsMap()));
  }

  /** The board this connector mainly works on ({@code auth_config.board_id}), or empty. */
  public Optional<String> defaultObject() {
    return Optional.ofNullable(settings.boardId());
  }

  /**
   * Forgets the cached columns of a board, so the next operation reads them again (after columns or
   * status labels were changed in monday).
   */
  public void refreshColumns(String boardId) {
    services.boards().invalidate(boardId);
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.builder()
        .maxBatchSize(settings.effectiveBatchSize())
        .maxPageSize(500)
        .trackedDeletes(true)
        .build();
  }

  @Override
  protected CompletableFuture<CrmRecord> doCreate(String object, Map<String, Object> fields) {
    return services.writer().createOne(object, fields);
  }

  @Override
  protected CompletableFuture<CrmRecord> doGet(String object, String id) {
    return services.reader().get(object, id);
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpdate(
      String object, String id, Map<String, Object> fields) {
    return services.writer().updateOne(object, id, fields);
  }

  @Override
  protected CompletableFuture<Void> doDelete(String object, String id) {
    return services.writer().deleteOne(object, id);
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpsert(
      String object, String keyField, Map<String, Object> fields) {
    return services.upserter().upsert(object, keyField, fields);
  }

  @Override
  protected CompletableFuture<Page> doQuery(Query query) {
    return services.reader().query(query);
  }

  @Override
  protected CompletableFuture<Changes> doChangesSince(String object, Checkpoint checkpoint) {
    return services.changes().since(object, checkpoint);
  }

  @Override
  protected CompletableFuture<ObjectSchema> doDescribe(String object) {
    return services
        .boards()
        .columns(object, errorContext("describe"))
        .thenApply(columns -> BoardSchemas.of(object, columns));
  }

  @Override
  protected CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    return services.writer().create(object, records);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> updateChunk(
      String object, List<CrmRecord> records) {
    return services.writer().update(object, records);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    return services.upserter().upsertAll(object, keyField, records);
  }

  @Override
  protected CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return services.writer().delete(object, ids);
  }

  @Override
  protected int batchConcurrency() {
    return 1;
  }

  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    return services.complexity().parse(response);
  }

  @Override
  protected ErrorMapper errorMapper() {
    return new MondayErrorMapper();
  }

  /**
   * Builds a {@link MondayConnector}. Defaults: API version {@value #DEFAULT_API_VERSION}; base URL
   * {@code https://api.monday.com}; batches of 50 items; complexity budget 10,000,000 points per 60
   * s (a personal token on a paid plan) with a 5,000,000 per-query limit; deletes delete (not
   * archive); unknown status labels are refused; no default phone country. Not thread-safe.
   */
  public static final class Builder {

    private AuthProvider auth;
    private ClientOptions options = ClientOptions.defaults();
    private String boardId;
    private String apiVersion;
    private int batchSize = 50;
    private boolean archiveOnDelete;
    private boolean createLabelsIfMissing;
    private String defaultPhoneCountry;
    private long complexityBudget = 10_000_000L;
    private Duration complexityWindow = Duration.ofSeconds(60);
    private long maxQueryComplexity = 5_000_000L;
    private Duration changeLookback = ChangeFeed.DEFAULT_LOOKBACK;

    private Builder() {}

    /** Authenticates with a personal or app API token, sent raw in {@code Authorization}. */
    public Builder apiToken(String apiToken) {
      MondaySettings.check(apiToken != null && !apiToken.isBlank(), "apiToken must not be blank");
      this.auth = ApiKeyAuth.header("Authorization", apiToken);
      return this;
    }

    /** Authenticates with any provider (an OAuth app token, for instance). */
    public Builder auth(AuthProvider auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    /** Client options: base URL (tests, proxies), timeouts, retry, rate limits, listener. */
    public Builder options(ClientOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The board (its numeric id) this connector mainly works on, used when an object name is not a
     * numeric board id. Optional.
     */
    public Builder defaultObject(String boardId) {
      MondaySettings.check(
          boardId == null || boardId.matches("\\d+"), "boardId must be numeric: " + boardId);
      this.boardId = boardId;
      return this;
    }

    /** The {@code API-Version} to pin ({@code YYYY-MM}); {@link ClientOptions#apiVersion} wins. */
    public Builder apiVersion(String apiVersion) {
      MondaySettings.check(
          apiVersion != null && apiVersion.matches("\\d{4}-\\d{2}"),
          "apiVersion must look like 2025-10: " + apiVersion);
      this.apiVersion = apiVersion;
      return this;
    }

    /** Items per batch request (capped to fit the per-query complexity limit). Default 50. */
    public Builder batchSize(int batchSize) {
      MondaySettings.check(batchSize >= 1, "batchSize must be positive: " + batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /** Archive items instead of deleting them on {@code delete}. Default false. */
    public Builder archiveOnDelete(boolean archiveOnDelete) {
      this.archiveOnDelete = archiveOnDelete;
      return this;
    }

    /** Let monday create unknown status labels (needs board-structure permission). */
    public Builder createLabelsIfMissing(boolean createLabelsIfMissing) {
      this.createLabelsIfMissing = createLabelsIfMissing;
      return this;
    }

    /** The ISO-2 country of phone numbers given without one, e.g. {@code "US"}. */
    public Builder defaultPhoneCountry(String country) {
      MondaySettings.check(
          country == null || country.matches("[A-Z]{2}"),
          "defaultPhoneCountry must be ISO-2: " + country);
      this.defaultPhoneCountry = country;
      return this;
    }

    /** The account's complexity budget per window; default 10,000,000 per 60 s. */
    public Builder complexityBudget(long points, Duration window) {
      MondaySettings.check(
          points >= 1 && window != null && window.toNanos() > 0,
          "complexity budget and window must be positive");
      this.complexityBudget = points;
      this.complexityWindow = window;
      return this;
    }

    /** monday's per-query complexity limit; default 5,000,000. */
    public Builder maxQueryComplexity(long points) {
      MondaySettings.check(points >= Costs.writes(1), "maxQueryComplexity too small: " + points);
      this.maxQueryComplexity = points;
      return this;
    }

    /**
     * How far before the newest {@code updated_at} it handed out {@link
     * MondayConnector#changesSince} reads again, so that an item stamped late is not missed; items
     * found again unchanged are not handed out twice. Default 1 minute.
     */
    public Builder changeLookback(Duration lookback) {
      this.changeLookback = ChangeWindow.requireLookback(lookback);
      return this;
    }

    /** Validates the settings and builds the connector; does no I/O. */
    public MondayConnector build() {
      if (auth == null) {
        throw new IllegalStateException("set apiToken(...) or auth(...)");
      }
      String version =
          options.apiVersion().orElse(apiVersion != null ? apiVersion : DEFAULT_API_VERSION);
      return new MondayConnector(
          new MondaySettings(
              auth,
              options,
              boardId,
              version,
              batchSize,
              archiveOnDelete,
              createLabelsIfMissing,
              defaultPhoneCountry,
              complexityBudget,
              complexityWindow,
              maxQueryComplexity,
              changeLookback));
    }
  }
}
