package io.ikarus.connects.internal.retry;

import dev.failsafe.RateLimiter;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.RateLimitedEvent;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admits requests at the configured rates: each attempt reserves weighted permits from every bucket
 * it draws from (Failsafe rate limiters), waits out a pause a vendor imposed on one of those
 * buckets (a 429 or {@code Retry-After} stops everyone, not only the caller), and, when adaptive
 * limiting is on, the slower pace a low remaining budget calls for. Waits are scheduled, never
 * slept. Thread-safe.
 */
public final class RateGate {

  private final String connector;
  private final RateLimitSettings settings;
  private final Delays delays;
  private final ConnectorListener listener;
  private final Map<String, RateLimiter<Object>> limiters = new LinkedHashMap<>();
  private final Map<String, Long> pausedUntil = new ConcurrentHashMap<>();
  private final AdaptivePace adaptive = new AdaptivePace();
  private final ReleaseSpacing spacing;

  /** Creates the gate; {@code listener} must not throw. */
  public RateGate(
      String connector, RateLimitSettings settings, Delays delays, ConnectorListener listener) {
    this.connector = connector;
    this.settings = settings;
    this.delays = delays;
    this.listener = listener;
    settings.buckets().forEach((name, bucket) -> limiters.put(name, limiter(bucket)));
    this.spacing = new ReleaseSpacing(settings);
  }

  /** The permits {@code request} draws per attempt, by bucket: default 1 plus its own costs. */
  public static Map<String, Long> costs(ApiRequest request) {
    Map<String, Long> costs = new LinkedHashMap<>();
    costs.put(RateLimitSettings.DEFAULT_BUCKET, 1L);
    costs.putAll(request.costs());
    return costs;
  }

  /**
   * Completes when the request may be sent, or exceptionally with a {@link RateLimitException} when
   * the wait would exceed {@code maxWait}.
   */
  public CompletableFuture<Void> acquire(Map<String, Long> costs, ErrorContext context) {
    long now = System.nanoTime();
    long wait = 0;
    String cause = RateLimitSettings.DEFAULT_BUCKET;
    for (Map.Entry<String, Long> cost : costs.entrySet()) {
      long w = Math.max(pauseLeft(cost.getKey(), now), reserve(cost.getKey(), cost.getValue()));
      if (w < 0) {
        return CompletableFuture.failedFuture(tooLong(cost.getKey(), context));
      }
      if (w > wait) {
        wait = w;
        cause = cost.getKey();
      }
    }
    if (wait <= 0) {
      return release(costs);
    }
    Duration delay = Duration.ofNanos(wait);
    if (delay.compareTo(settings.maxWait()) > 0) {
      return CompletableFuture.failedFuture(tooLong(cause, context));
    }
    listener.onRateLimited(new RateLimitedEvent(connector, cause, delay, false));
    return delays.after(delay).thenCompose(v -> release(costs));
  }

  /** Sends now, unless a late timer would put this request too close to the previous one. */
  private CompletableFuture<Void> release(Map<String, Long> costs) {
    long hold = spacing.hold(costs);
    return hold <= 0
        ? CompletableFuture.completedFuture(null)
        : delays.after(Duration.ofNanos(hold)).thenCompose(v -> release(costs));
  }

  /**
   * Stops sending from the buckets a throttled request drew from (its specific buckets if it had
   * any, else the default one) for {@code duration}.
   */
  public void pause(Map<String, Long> costs, Duration duration) {
    long until = System.nanoTime() + duration.toNanos();
    for (String bucket : throttledBuckets(costs)) {
      pausedUntil.merge(bucket, until, Math::max);
      listener.onRateLimited(new RateLimitedEvent(connector, bucket, duration, true));
    }
  }

  /** Takes a vendor budget report into account (adaptive pacing), when adaptive is on. */
  public void observe(RateLimitStatus status) {
    if (!settings.adaptive() || status.resetIn() == null) {
      return;
    }
    if (status.remaining() == 0) {
      long until = System.nanoTime() + status.resetIn().toNanos();
      pausedUntil.merge(status.bucket(), until, Math::max);
    } else if (status.isLow()) {
      adaptive.slowDown(status);
    }
  }

  private long reserve(String bucket, long cost) {
    if (cost <= 0) {
      return 0;
    }
    int permits = (int) Math.min(Integer.MAX_VALUE, cost);
    long wait = 0;
    RateLimiter<Object> limiter = limiters.get(bucket);
    if (limiter != null) {
      wait = limiter.tryReservePermits(permits, settings.maxWait()).toNanos();
      if (wait < 0) {
        return -1;
      }
    }
    long paced = adaptive.reserve(bucket, permits, settings.maxWait());
    return paced < 0 ? -1 : Math.max(wait, paced);
  }

  private long pauseLeft(String bucket, long now) {
    Long until = pausedUntil.get(bucket);
    if (until == null) {
      return 0;
    }
    long left = until - now;
    if (left <= 0) {
      pausedUntil.remove(bucket, until);
    }
    return Math.max(0, left);
  }

  private static Iterable<String> throttledBuckets(Map<String, Long> costs) {
    var specific =
        costs.keySet().stream().filter(b -> !b.equals(RateLimitSettings.DEFAULT_BUCKET)).toList();
    return specific.isEmpty() ? java.util.List.of(RateLimitSettings.DEFAULT_BUCKET) : specific;
  }

  private RateLimitException tooLong(String bucket, ErrorContext context) {
    return new RateLimitException(
        "rate limit bucket '"
            + bucket
            + "' cannot admit the request within maxWait "
            + settings.maxWait(),
        context,
        null,
        false);
  }

  private static RateLimiter<Object> limiter(RateLimitSettings.Bucket bucket) {
    return bucket.smooth()
        ? RateLimiter.smoothBuilder(bucket.permits(), bucket.period()).build()
        : RateLimiter.burstyBuilder(bucket.permits(), bucket.period()).build();
  }
}
