package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RateLimitSettings.Bucket;
import io.ikarus.connects.resilience.RateLimitSettings.Kind;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;

/**
 * Pipedrive's URLs and default limiters: the burst window (requests per rolling 2 s) and the search
 * API's own 10 per 2 s, both paced as rolling windows the way Pipedrive counts them; plus the daily
 * token budget the connector meters itself. The burst limiter runs at 98% of the plan's limit: each
 * permit counts until its answer arrives, so the margin only covers other clients sharing the
 * token, and the {@code x-ratelimit-remaining} header corrects the count. Immutable.
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

  /**
   * The vendor defaults the connector starts from; the token endpoint is {@link #TOKEN} unless
   * {@code authUrl} (the builder's) is given: as is when it has a path, else its {@code
   * /oauth/token}.
   */
  public VendorDefaults vendorDefaults(URI authUrl) {
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(
                RateLimitSettings.DEFAULT_BUCKET,
                new Bucket(Math.max(1, burst * 98L / 100), WINDOW, Kind.WINDOW))
            .bucket("search", new Bucket(9, WINDOW, Kind.WINDOW))
            .build();
    URI token = authUrl == null ? TOKEN : authUrl;
    if (authUrl != null && (authUrl.getRawPath() == null || authUrl.getRawPath().isEmpty())) {
      token = authUrl.resolve("/oauth/token");
    }
    return VendorDefaults.builder().baseUrl(API).tokenEndpoint(token).rateLimit(limits).build();
  }
}
