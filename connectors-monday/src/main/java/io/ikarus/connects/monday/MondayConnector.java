package io.ikarus.connects.monday;

import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.monday.internal.MondayParts;
import io.ikarus.connects.monday.internal.MondaySettings;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

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
  public static final String DEFAULT_API_VERSION = MondaySettings.DEFAULT_API_VERSION;

  private final MondaySettings settings;
  private final MondayParts parts;

  private MondayConnector(Builder b, MondaySettings s, AtomicReference<MondayParts> made) {
    super(
        "monday",
        b.auth(),
        b.options(),
        s.vendorDefaults(b.baseUrl().orElse(null)),
        calls -> {
          made.set(MondayParts.create(s, calls));
          return made.get().parts();
        });
    this.settings = s;
    this.parts = made.get();
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
    return operation(
        "graphql", () -> parts.client().graphql(document, variables, estimatedComplexity));
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
    parts.boards().invalidate(boardId);
  }

  /**
   * Builds a {@link MondayConnector}. Defaults: API version {@value #DEFAULT_API_VERSION}; base URL
   * {@code https://api.monday.com}; batches of 50 items; complexity budget 10,000,000 points per 60
   * s (a personal token on a paid plan) with a 5,000,000 per-query limit; deletes delete (not
   * archive); unknown status labels are refused; no default phone country; {@link #changeLookback}
   * 1 minute. Not thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {

    private final MondaySettings.Builder settings = MondaySettings.builder();

    private Builder() {
      super("MondayConnector");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Authenticates with a personal or app API token, sent raw in {@code Authorization}. */
    public Builder apiToken(String apiToken) {
      return auth(ApiKeyAuth.header("Authorization", MondaySettings.Builder.apiToken(apiToken)));
    }

    /**
     * The board (its numeric id) this connector mainly works on, used when an object name is not a
     * numeric board id. Optional.
     */
    @Override
    public Builder defaultObject(String boardId) {
      return super.defaultObject(MondaySettings.Builder.boardId(boardId));
    }

    /** The {@code API-Version} to pin ({@code YYYY-MM}); {@code ClientOptions.apiVersion} wins. */
    public Builder apiVersion(String apiVersion) {
      settings.apiVersion(apiVersion);
      return this;
    }

    /** Items per batch request (capped to fit the per-query complexity limit). Default 50. */
    public Builder batchSize(int batchSize) {
      settings.batchSize(batchSize);
      return this;
    }

    /** Archive items instead of deleting them on {@code delete}. Default false. */
    public Builder archiveOnDelete(boolean archiveOnDelete) {
      settings.archiveOnDelete(archiveOnDelete);
      return this;
    }

    /** Let monday create unknown status labels (needs board-structure permission). */
    public Builder createLabelsIfMissing(boolean createLabelsIfMissing) {
      settings.createLabelsIfMissing(createLabelsIfMissing);
      return this;
    }

    /** The ISO-2 country of phone numbers given without one, e.g. {@code "US"}. */
    public Builder defaultPhoneCountry(String country) {
      settings.defaultPhoneCountry(country);
      return this;
    }

    /** The account's complexity budget per window; default 10,000,000 per 60 s. */
    public Builder complexityBudget(long points, Duration window) {
      settings.complexityBudget(points, window);
      return this;
    }

    /** monday's per-query complexity limit; default 5,000,000. */
    public Builder maxQueryComplexity(long points) {
      settings.maxQueryComplexity(points);
      return this;
    }

    /**
     * Validates the settings and builds the connector; does no I/O.
     *
     * @throws IllegalStateException when neither {@link #apiToken} nor {@link #auth} was set
     */
    public MondayConnector build() {
      requireAuth();
      return new MondayConnector(this, settings.build(this), new AtomicReference<>());
    }
  }
}
