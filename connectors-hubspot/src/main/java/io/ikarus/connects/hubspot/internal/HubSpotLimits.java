package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RateLimitSettings.Kind;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;

/**
 * HubSpot's URLs and the two default rate limiters: the account's burst limit, paced as HubSpot
 * counts it (a rolling window at 98% of the limit: a fresh window is spent at once, and each permit
 * counts until its answer arrives, so the margin only covers other clients' stray calls; the {@code
 * X-HubSpot-RateLimit-*} headers correct the count) and the search API's own per-second limit.
 * Immutable.
 *
 * @param burstPermits the account's requests per {@code burstWindow}
 * @param burstWindow the burst window (10 s at HubSpot)
 * @param searchPermits search requests per {@code searchWindow}
 * @param searchWindow the search window (1 s at HubSpot)
 */
public record HubSpotLimits(
    int burstPermits, Duration burstWindow, int searchPermits, Duration searchWindow) {

  /** HubSpot's API. */
  public static final URI API = URI.create("https://api.hubapi.com");

  /** HubSpot's OAuth v1 token endpoint. */
  public static final URI TOKEN = URI.create("https://api.hubapi.com/oauth/v1/token");

  /** Validates. */
  public HubSpotLimits {
    if (burstPermits < 1 || searchPermits < 1) {
      throw new IllegalArgumentException("rate limits must be positive");
    }
    if (burstWindow.isNegative()
        || burstWindow.isZero()
        || searchWindow.isNegative()
        || searchWindow.isZero()) {
      throw new IllegalArgumentException("rate-limit windows must be positive");
    }
  }

  /** Free and Starter accounts and public apps: 100 per 10 s; search 4 per second. */
  public static HubSpotLimits defaults() {
    return new HubSpotLimits(100, Duration.ofSeconds(10), 4, Duration.ofSeconds(1));
  }

  /** The vendor defaults the connector starts from: HubSpot's API and token endpoint. */
  public VendorDefaults vendorDefaults() {
    return vendorDefaults(API, TOKEN);
  }

  /** The vendor defaults with another API root and token endpoint (a proxy, a fake). */
  public VendorDefaults vendorDefaults(URI api, URI token) {
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(
                RateLimitSettings.DEFAULT_BUCKET,
                new RateLimitSettings.Bucket(
                    Math.max(1, burstPermits * 98L / 100), burstWindow, Kind.WINDOW))
            .bucket("search", searchPermits, searchWindow)
            .build();
    return VendorDefaults.builder().baseUrl(api).tokenEndpoint(token).rateLimit(limits).build();
  }
}
