package io.ikarus.connects.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed calls are retried: exponential backoff with full jitter, capped, honouring the
 * vendor's {@code Retry-After}. Immutable and thread-safe.
 *
 * <p>Retried: connection faults and HTTP 408, 429, 500, 502, 503, 504 (and vendor errors a
 * connector marks retryable). A request that is not idempotent, such as a plain create, is retried
 * only when the server surely did not process it: a connect failure, a 429, or a 503 with {@code
 * Retry-After}. When the vendor asks to wait longer than {@link #maxRetryAfter()}, the call fails
 * at once with a {@link io.ikarus.connects.error.RateLimitException} whose {@code retryAfter()}
 * says how long.
 *
 * <pre>{@code
 * RetrySettings retry = RetrySettings.builder().maxAttempts(5).maxDelay(Duration.ofSeconds(20)).build();
 * }</pre>
 */
public final class RetrySettings {

  private static final RetrySettings DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final boolean jitter;
  private final Duration maxDuration;
  private final Duration maxRetryAfter;

  private RetrySettings(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.jitter = b.jitter;
    this.maxDuration = b.maxDuration;
    this.maxRetryAfter = b.maxRetryAfter;
  }

  /** The defaults: 4 attempts, 500 ms base, 30 s cap, full jitter, 5 min total, 60 s max wait. */
  public static RetrySettings defaults() {
    return DEFAULTS;
  }

  /** No retries at all: every call is made once. */
  public static RetrySettings none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .jitter(jitter)
        .maxDuration(maxDuration)
        .maxRetryAfter(maxRetryAfter);
  }

  /** Total attempts including the first; 1 disables retries. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The delay before the first retry, doubled each time. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The cap on one backoff delay. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** True for full jitter: each delay is uniform in [0, backoff]. */
  public boolean jitter() {
    return jitter;
  }

  /** The most time all attempts of one call may take together. */
  public Duration maxDuration() {
    return maxDuration;
  }

  /** The longest {@code Retry-After} the SDK waits out; longer ones fail fast. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public String toString() {
    return "RetrySettings{maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", jitter="
        + jitter
        + ", maxDuration="
        + maxDuration
        + ", maxRetryAfter="
        + maxRetryAfter
        + '}';
  }

  /** Builds {@link RetrySettings}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration baseDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(30);
    private boolean jitter = true;
    private Duration maxDuration = Duration.ofMinutes(5);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /** Total attempts including the first, at least 1. Default 4. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first retry's delay, positive. Default 500 ms. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    /** The cap on one delay, positive. Default 30 s. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive(maxDelay, "maxDelay");
      return this;
    }

    /** Full jitter on or off. Default on. */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /** The most time all attempts may take together, positive. Default 5 min. */
    public Builder maxDuration(Duration maxDuration) {
      this.maxDuration = positive(maxDuration, "maxDuration");
      return this;
    }

    /** The longest {@code Retry-After} to wait out, zero or more. Default 60 s. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** Builds the settings; fails when {@code baseDelay > maxDelay}. */
    public RetrySettings build() {
      if (baseDelay.compareTo(maxDelay) > 0) {
        throw new IllegalArgumentException(
            "baseDelay " + baseDelay + " must not exceed maxDelay " + maxDelay);
      }
      return new RetrySettings(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
