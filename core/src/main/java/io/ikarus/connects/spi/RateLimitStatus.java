package io.ikarus.connects.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * A vendor's report of a remaining budget, parsed by a connector from response headers or bodies
 * (Salesforce {@code Sforce-Limit-Info}, HubSpot {@code X-HubSpot-RateLimit-*}, Dynamics {@code
 * x-ms-ratelimit-*}, monday {@code complexity}). The SDK uses it to space requests so the budget
 * lasts until it resets, when {@code RateLimitSettings.adaptive()} is on.
 *
 * @param bucket the rate-limit bucket the budget governs; {@code "default"} limits every request
 * @param remaining what is left of the budget
 * @param limit the budget's size, or 0 when the vendor does not say
 * @param resetIn when the budget refills, or null when the vendor does not say (then the SDK cannot
 *     space requests and only reports the status)
 */
public record RateLimitStatus(String bucket, long remaining, long limit, Duration resetIn) {

  /** Validates. */
  public RateLimitStatus {
    Objects.requireNonNull(bucket, "bucket");
    if (remaining < 0 || limit < 0) {
      throw new IllegalArgumentException(
          "remaining and limit must not be negative: " + remaining + ", " + limit);
    }
    if (resetIn != null && resetIn.isNegative()) {
      resetIn = Duration.ZERO;
    }
  }

  /** True when the remaining budget is below a tenth of the limit (or below 10 when unknown). */
  public boolean isLow() {
    return limit > 0 ? remaining * 10 < limit : remaining < 10;
  }
}
