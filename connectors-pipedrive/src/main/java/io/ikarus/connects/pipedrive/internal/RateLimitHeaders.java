package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;

/** Reads {@code x-ratelimit-limit/-remaining/-reset} (the 2-second burst window) for pacing. */
public final class RateLimitHeaders {

  private RateLimitHeaders() {}

  /** The burst budget a response reports, or nothing without the headers. */
  public static List<RateLimitStatus> status(ApiResponse response) {
    Long remaining = number(response.header("x-ratelimit-remaining"));
    Long limit = number(response.header("x-ratelimit-limit"));
    if (remaining == null || limit == null) {
      return List.of();
    }
    Long reset = number(response.header("x-ratelimit-reset"));
    return List.of(
        new RateLimitStatus(
            RateLimitSettings.DEFAULT_BUCKET,
            remaining,
            limit,
            reset == null ? null : Duration.ofSeconds(reset)));
  }

  /** A header's whole number, or null when absent or malformed. */
  static Long number(String value) {
    try {
      return value == null ? null : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
