package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;

/** Reads {@code X-HubSpot-RateLimit-Remaining/-Max/-Interval-Milliseconds} for adaptive pacing. */
public final class RateLimitHeaders {

  private RateLimitHeaders() {}

  /** The burst budget a response reports, or nothing when it has no such headers (search). */
  public static List<RateLimitStatus> status(ApiResponse response) {
    Long remaining = number(response.header("X-HubSpot-RateLimit-Remaining"));
    Long max = number(response.header("X-HubSpot-RateLimit-Max"));
    if (remaining == null || max == null) {
      return List.of();
    }
    Long interval = number(response.header("X-HubSpot-RateLimit-Interval-Milliseconds"));
    return List.of(
        new RateLimitStatus(
            RateLimitSettings.DEFAULT_BUCKET,
            remaining,
            max,
            interval == null ? null : Duration.ofMillis(interval)));
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
