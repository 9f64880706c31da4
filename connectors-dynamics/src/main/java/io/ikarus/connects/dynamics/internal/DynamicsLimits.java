package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;

/**
 * Dataverse's service-protection budget: 6000 requests per user per web server in a sliding
 * 5-minute window and 52 concurrent requests; a {@code $batch} counts as one request. The {@code
 * x-ms-ratelimit-burst-remaining-xrm-requests} header reports what is left of the request budget.
 */
public final class DynamicsLimits {

  /** Requests per window. */
  public static final int REQUESTS = 6000;

  /** The sliding window. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /** Concurrent requests. */
  public static final int CONCURRENT = 52;

  static final String BURST_REMAINING = "x-ms-ratelimit-burst-remaining-xrm-requests";

  private DynamicsLimits() {}

  /**
   * Requests per window the connector sends: 98% of {@link #REQUESTS}, for other clients' calls.
   */
  public static final int PACED = REQUESTS * 98 / 100;

  /**
   * The default limiter: a rolling window of 5,880 (98% of 6,000) per 5 minutes, counted as
   * Dataverse counts it (each permit until its answer arrives), corrected by the {@code
   * x-ms-ratelimit-burst-remaining-xrm-requests} header; 52 in flight.
   */
  public static RateLimitSettings defaults() {
    return RateLimitSettings.builder()
        .bucket(
            RateLimitSettings.DEFAULT_BUCKET,
            new RateLimitSettings.Bucket(PACED, WINDOW, RateLimitSettings.Kind.WINDOW))
        .maxConcurrent(CONCURRENT)
        .build();
  }

  /** The remaining request budget a response reports, if it carries the header. */
  public static List<RateLimitStatus> status(ApiResponse response, int limit) {
    String remaining = response.header(BURST_REMAINING);
    if (remaining == null) {
      return List.of();
    }
    try {
      long left = Long.parseLong(remaining.replace(",", "").strip());
      return List.of(
          new RateLimitStatus(RateLimitSettings.DEFAULT_BUCKET, Math.max(0, left), limit, WINDOW));
    } catch (NumberFormatException e) {
      return List.of();
    }
  }
}
