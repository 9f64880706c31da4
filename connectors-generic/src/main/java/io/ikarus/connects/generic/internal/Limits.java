package io.ikarus.connects.generic.internal;

import io.ikarus.connects.generic.internal.config.Specs;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rate-limit settings from the config, and the vendor's budget reports. Thread-safe. */
public final class Limits {

  /** The bucket request costs draw from when a cost budget is configured. */
  public static final String COST_BUCKET = "cost";

  private final Specs.Limits spec;

  /** Limits of {@code spec}. */
  public Limits(Specs.Limits spec) {
    this.spec = spec;
  }

  /** The bucket a request's configured cost draws from. */
  public String costBucket() {
    return spec.costBudget() != null ? COST_BUCKET : RateLimitSettings.DEFAULT_BUCKET;
  }

  /** The settings: requests per window, a cost budget, a concurrency cap, adaptive pacing. */
  public RateLimitSettings settings() {
    RateLimitSettings.Builder b = RateLimitSettings.builder();
    if (spec.requests() != null) {
      b.bucket(
          RateLimitSettings.DEFAULT_BUCKET, spec.requests(), Duration.ofMillis(spec.windowMs()));
    }
    if (spec.costBudget() != null) {
      b.bucket(COST_BUCKET, spec.costBudget(), Duration.ofMillis(spec.costWindowMs()));
    }
    if (spec.maxConcurrent() != null) {
      b.maxConcurrent(spec.maxConcurrent());
    }
    return b.build();
  }

  /** The budgets a response reports in the configured headers or body path. */
  public List<RateLimitStatus> status(ApiResponse response) {
    List<RateLimitStatus> out = new ArrayList<>();
    Long remaining = number(header(response, spec.remainingHeader()));
    if (remaining != null) {
      Long limit = number(header(response, spec.limitHeader()));
      String reset = header(response, spec.resetHeader());
      out.add(
          new RateLimitStatus(
              RateLimitSettings.DEFAULT_BUCKET,
              Math.max(0, remaining),
              limit == null ? 0 : Math.max(0, limit),
              reset == null ? null : untilReset(reset, spec.resetUnit(), response.receivedAt())));
    }
    if (spec.budgetPath() != null && spec.costBudget() != null) {
      Long left = number(spec.budgetPath().first(safeJson(response)));
      if (left != null) {
        out.add(
            new RateLimitStatus(
                COST_BUCKET,
                Math.max(0, left),
                spec.costBudget(),
                Duration.ofMillis(spec.costWindowMs())));
      }
    }
    return out;
  }

  /** The wait until a reset given as seconds from now, epoch seconds or epoch milliseconds. */
  public static Duration untilReset(String value, String unit, Instant now) {
    Long n = number(value);
    if (n == null) {
      return null;
    }
    Duration d =
        switch (unit) {
          case "epoch_seconds" -> Duration.between(now, Instant.ofEpochSecond(n));
          case "epoch_ms" -> Duration.between(now, Instant.ofEpochMilli(n));
          default -> Duration.ofSeconds(n);
        };
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static String header(ApiResponse r, String name) {
    return name == null ? null : r.header(name);
  }

  private static Object safeJson(ApiResponse r) {
    try {
      return r.json();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Long number(Object v) {
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.toString().trim()).longValue();
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
