package io.ikarus.connects.monday.internal;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;

/**
 * The validated settings of a monday connector.
 *
 * @param auth the credentials
 * @param options the client options
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
    AuthProvider auth,
    ClientOptions options,
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
   * Vendor defaults: the endpoint, and a {@code "complexity"} budget bucket: capacity the budget,
   * spent at once when fresh, refilled at the reset each response's {@code complexity} block
   * announces ({@code reset_in_x_seconds}), reconciled with what it says is left.
   */
  public VendorDefaults vendorDefaults() {
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(
                ComplexityStatus.BUCKET,
                new RateLimitSettings.Bucket(
                    complexityBudget, complexityWindow, RateLimitSettings.Kind.BUDGET))
            .build();
    return VendorDefaults.builder().baseUrl(BASE_URL).rateLimit(limits).build();
  }
}
