package io.ikarus.connects.internal.retry;

import dev.failsafe.RateLimiter;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The slower pace a low vendor budget calls for: when a bucket's remaining budget runs low, a
 * smooth Failsafe limiter spreads what is left evenly until the budget resets. Thread-safe.
 */
final class AdaptivePace {

  /** A temporary pace for one bucket, valid until the vendor's reset. */
  private record Window(RateLimiter<Object> limiter, long untilNanos, double ratePerSecond) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** Installs a pace of {@code remaining} per {@code resetIn} unless a slower one is active. */
  void slowDown(RateLimitStatus status) {
    long now = System.nanoTime();
    long permits = Math.max(1, status.remaining());
    Duration period = status.resetIn().isZero() ? Duration.ofMillis(1) : status.resetIn();
    double rate = permits / (period.toNanos() / 1e9);
    windows.compute(
        status.bucket(),
        (bucket, current) -> {
          boolean active = current != null && current.untilNanos() - now > 0;
          if (active && current.ratePerSecond() <= rate) {
            return current;
          }
          RateLimiter<Object> limiter = RateLimiter.smoothBuilder(permits, period).build();
          return new Window(limiter, now + period.toNanos(), rate);
        });
  }

  /** Reserves permits from the bucket's active pace; the wait in nanos, or -1 beyond maxWait. */
  long reserve(String bucket, int permits, Duration maxWait) {
    Window w = windows.get(bucket);
    if (w == null) {
      return 0;
    }
    if (w.untilNanos() - System.nanoTime() <= 0) {
      windows.remove(bucket, w);
      return 0;
    }
    return w.limiter().tryReservePermits(permits, maxWait).toNanos();
  }
}
