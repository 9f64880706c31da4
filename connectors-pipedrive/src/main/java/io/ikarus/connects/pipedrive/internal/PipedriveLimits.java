package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;

/**
 * Pipedrive's URLs and default limiters: the burst window (requests per rolling 2 s, run at 90% to
 * absorb clock jitter against Pipedrive's window) and the search API's own 10 per 2 s; plus the
 * daily token budget the connector meters itself. Immutable.
 *
 * @param burst requests per 2 s for the connector's token
 * @param dailyBudget tokens per day
 */
public record PipedriveLimits(int burst, long dailyBudget) {

  /** The default API host; OAuth calls go to the token's {@code api_domain} instead. */
  public static final URI API = URI.create("https://api.pipedrive.com");

  /** Pipedrive's OAuth token endpoint. */
  public static final URI TOKEN = URI.create("https://oauth.pipedrive.com/oauth/token");

  static final Duration WINDOW = Duration.ofSeconds(2);

  /** The vendor defaults the connector starts from. */
  public VendorDefaults vendorDefaults() {
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(RateLimitSettings.DEFAULT_BUCKET, Math.max(1, burst * 9L / 10), WINDOW)
            .bucket("search", 9, WINDOW)
            .build();
    return VendorDefaults.builder().baseUrl(API).tokenEndpoint(TOKEN).rateLimit(limits).build();
  }
}
