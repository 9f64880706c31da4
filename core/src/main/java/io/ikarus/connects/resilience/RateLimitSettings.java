package io.ikarus.connects.resilience;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How fast a connector may call its vendor: named permit buckets, a concurrency cap (bulkhead), and
 * adaptive slow-down from the vendor's remaining-budget headers. Immutable and thread-safe.
 *
 * <p>Every request draws one permit from the {@link #DEFAULT_BUCKET} bucket, and may draw from
 * further buckets a connector names: HubSpot's search requests also draw from {@code "search"};
 * monday's requests draw their estimated complexity from {@code "complexity"}. Each connector ships
 * its vendor's limits as its default; override them to match your account's tier.
 *
 * <pre>{@code
 * RateLimitSettings limits = RateLimitSettings.builder()
 *     .bucket("default", 190, Duration.ofSeconds(10))
 *     .maxConcurrent(8)
 *     .build();
 * }</pre>
 */
public final class RateLimitSettings {

  /** The bucket every request draws one permit from. */
  public static final String DEFAULT_BUCKET = "default";

  /** How a bucket counts its permits. */
  public enum Kind {
    /** Permits spread evenly over the period: one every {@code period / permits}. */
    SMOOTH,
    /**
     * A rolling window: at most {@code permits} in any {@code period}-long interval; a fresh window
     * is spent at once (HubSpot's 10-second window, Dataverse's 5-minute window).
     */
    WINDOW,
    /**
     * A budget that refills all at once {@code period} after it was opened, or when the vendor's
     * reports say it resets (monday.com's complexity budget).
     */
    BUDGET
  }

  /**
   * One permit bucket.
   *
   * @param permits permits per period
   * @param period the period
   * @param kind how the permits are counted
   */
  public record Bucket(long permits, Duration period, Kind kind) {
    /** Validates. */
    public Bucket {
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be positive: " + permits);
      }
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(kind, "kind");
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("period must be positive: " + period);
      }
    }

    /**
     * A smooth bucket ({@code smooth} true) or a rolling window ({@code smooth} false) of {@code
     * permits} per {@code period}.
     */
    public Bucket(long permits, Duration period, boolean smooth) {
      this(permits, period, smooth ? Kind.SMOOTH : Kind.WINDOW);
    }

    /** True when permits are spread evenly. */
    public boolean smooth() {
      return kind == Kind.SMOOTH;
    }
  }

  private static final RateLimitSettings UNLIMITED = builder().build();

  private final Map<String, Bucket> buckets;
  private final int maxConcurrent;
  private final boolean adaptive;
  private final Duration maxWait;

  private RateLimitSettings(Builder b) {
    this.buckets = Collections.unmodifiableMap(new LinkedHashMap<>(b.buckets));
    this.maxConcurrent = b.maxConcurrent;
    this.adaptive = b.adaptive;
    this.maxWait = b.maxWait;
  }

  /** No permit limits, 64 concurrent requests, adaptive slow-down on. */
  public static RateLimitSettings unlimited() {
    return UNLIMITED;
  }

  /** A builder with no buckets, 64 concurrent requests, adaptive on, 10 min max wait. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder().maxConcurrent(maxConcurrent).adaptive(adaptive).maxWait(maxWait);
    b.buckets.putAll(buckets);
    return b;
  }

  /** The permit buckets by name; may be empty (no permit limit). */
  public Map<String, Bucket> buckets() {
    return buckets;
  }

  /** The most requests in flight at once. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /** True when the vendor's remaining-budget headers slow requests down before a 429. */
  public boolean adaptive() {
    return adaptive;
  }

  /** The longest a request waits for a permit or slot before failing with a rate-limit error. */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public String toString() {
    return "RateLimitSettings{buckets="
        + buckets
        + ", maxConcurrent="
        + maxConcurrent
        + ", adaptive="
        + adaptive
        + ", maxWait="
        + maxWait
        + '}';
  }

  /** Builds {@link RateLimitSettings}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private int maxConcurrent = 64;
    private boolean adaptive = true;
    private Duration maxWait = Duration.ofMinutes(10);

    private Builder() {}

    /** Adds or replaces a smooth bucket of {@code permits} per {@code period}. */
    public Builder bucket(String name, long permits, Duration period) {
      return bucket(name, new Bucket(permits, period, true));
    }

    /** Adds or replaces a bucket. */
    public Builder bucket(String name, Bucket bucket) {
      Objects.requireNonNull(name, "name");
      buckets.put(name, Objects.requireNonNull(bucket, "bucket"));
      return this;
    }

    /** Removes a bucket, so that it no longer limits. */
    public Builder removeBucket(String name) {
      buckets.remove(name);
      return this;
    }

    /** The most requests in flight at once, at least 1. Default 64. */
    public Builder maxConcurrent(int maxConcurrent) {
      if (maxConcurrent < 1) {
        throw new IllegalArgumentException("maxConcurrent must be at least 1: " + maxConcurrent);
      }
      this.maxConcurrent = maxConcurrent;
      return this;
    }

    /** Adaptive slow-down on or off. Default on. */
    public Builder adaptive(boolean adaptive) {
      this.adaptive = adaptive;
      return this;
    }

    /** The longest wait for a permit, positive. Default 10 min. */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait");
      if (maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException("maxWait must be positive: " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /** Builds the settings. */
    public RateLimitSettings build() {
      return new RateLimitSettings(this);
    }
  }
}
