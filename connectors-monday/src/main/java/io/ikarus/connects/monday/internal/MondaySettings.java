package io.ikarus.connects.monday.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ConnectorBuilder;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;

/**
 * The validated vendor settings of a monday connector (its builder keeps auth, options and URLs),
 * collected and checked by {@link Builder}.
 *
 * @param boardId the board for non-numeric object names, or null
 * @param apiVersion the pinned {@code API-Version}
 * @param batchSize the requested items per batch request
 * @param archiveOnDelete archive instead of delete
 * @param createLabelsIfMissing let monday create unknown status labels
 * @param defaultPhoneCountry ISO-2 country for phones without one, or null
 * @param complexityBudget complexity points per window
 * @param complexityWindow the budget window
 * @param maxQueryComplexity the per-query complexity limit
 * @param changeLookback how far before the newest stamp handed out {@code changesSince} reads again
 */
public record MondaySettings(
    String boardId,
    String apiVersion,
    int batchSize,
    boolean archiveOnDelete,
    boolean createLabelsIfMissing,
    String defaultPhoneCountry,
    long complexityBudget,
    Duration complexityWindow,
    long maxQueryComplexity,
    Duration changeLookback) {

  /** The API version pinned by default. */
  public static final String DEFAULT_API_VERSION = "2025-10";

  /** monday's API endpoint host. */
  public static final URI BASE_URL = URI.create("https://api.monday.com");

  /**
   * Throws {@link IllegalArgumentException} with {@code message} unless {@code ok}.
   *
   * @param ok the condition a setting must meet
   * @param message names the setting and the value at fault
   */
  public static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The batch size, capped so a batch costs at most 90% of the per-query limit. */
  public int effectiveBatchSize() {
    long fit = (long) (maxQueryComplexity * 0.9) / Costs.writes(1);
    return (int) Math.max(1, Math.min(batchSize, fit));
  }

  /**
   * Vendor defaults: the endpoint ({@code baseUrl}, else {@link #BASE_URL}), and a {@code
   * "complexity"} budget bucket: capacity the budget, spent at once when fresh, refilled at the
   * reset each response's {@code complexity} block announces ({@code reset_in_x_seconds}),
   * reconciled with what it says is left.
   */
  public VendorDefaults vendorDefaults(URI baseUrl) {
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(
                ComplexityStatus.BUCKET,
                new RateLimitSettings.Bucket(
                    complexityBudget, complexityWindow, RateLimitSettings.Kind.BUDGET))
            .build();
    return VendorDefaults.builder()
        .baseUrl(baseUrl == null ? BASE_URL : baseUrl)
        .rateLimit(limits)
        .build();
  }

  /** A builder with monday's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects and checks the settings behind {@code MondayConnector.Builder}; every setter throws
   * {@link IllegalArgumentException} naming the setting and the value at fault. Not thread-safe.
   */
  public static final class Builder {
    private String apiVersion = DEFAULT_API_VERSION;
    private int batchSize = 50;
    private boolean archiveOnDelete;
    private boolean createLabelsIfMissing;
    private String defaultPhoneCountry;
    private long complexityBudget = 10_000_000L;
    private Duration complexityWindow = Duration.ofSeconds(60);
    private long maxQueryComplexity = 5_000_000L;

    private Builder() {}

    /** Checks a board id: numeric, or null for none. */
    public static String boardId(String boardId) {
      check(boardId == null || boardId.matches("\\d+"), "boardId must be numeric: " + boardId);
      return boardId;
    }

    /** Checks an API token: not blank. */
    public static String apiToken(String apiToken) {
      check(apiToken != null && !apiToken.isBlank(), "apiToken must not be blank");
      return apiToken;
    }

    /** The {@code API-Version} ({@code YYYY-MM}). */
    public Builder apiVersion(String apiVersion) {
      check(
          apiVersion != null && apiVersion.matches("\\d{4}-\\d{2}"),
          "apiVersion must look like 2025-10: " + apiVersion);
      this.apiVersion = apiVersion;
      return this;
    }

    /** Items per batch request, at least 1. */
    public Builder batchSize(int batchSize) {
      check(batchSize >= 1, "batchSize must be positive: " + batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /** Archive instead of delete. */
    public Builder archiveOnDelete(boolean archiveOnDelete) {
      this.archiveOnDelete = archiveOnDelete;
      return this;
    }

    /** Let monday create unknown status labels. */
    public Builder createLabelsIfMissing(boolean createLabelsIfMissing) {
      this.createLabelsIfMissing = createLabelsIfMissing;
      return this;
    }

    /** The ISO-2 country of phones without one, or null. */
    public Builder defaultPhoneCountry(String country) {
      check(
          country == null || country.matches("[A-Z]{2}"),
          "defaultPhoneCountry must be ISO-2: " + country);
      this.defaultPhoneCountry = country;
      return this;
    }

    /** The complexity budget per window, both positive. */
    public Builder complexityBudget(long points, Duration window) {
      check(
          points >= 1 && window != null && window.toNanos() > 0,
          "complexity budget and window must be positive");
      this.complexityBudget = points;
      this.complexityWindow = window;
      return this;
    }

    /** The per-query complexity limit, at least one write's cost. */
    public Builder maxQueryComplexity(long points) {
      check(points >= Costs.writes(1), "maxQueryComplexity too small: " + points);
      this.maxQueryComplexity = points;
      return this;
    }

    /**
     * The settings with the builder base's default object as the board (or none), its {@code
     * ClientOptions.apiVersion} pinned over this builder's version when present, and its lookback
     * (1 minute when empty).
     */
    public MondaySettings build(ConnectorBuilder<?> b) {
      return new MondaySettings(
          b.defaultObject().orElse(null),
          b.options().apiVersion().orElse(apiVersion),
          batchSize,
          archiveOnDelete,
          createLabelsIfMissing,
          defaultPhoneCountry,
          complexityBudget,
          complexityWindow,
          maxQueryComplexity,
          b.changeLookback().orElse(ChangeFeed.DEFAULT_LOOKBACK));
    }
  }
}
