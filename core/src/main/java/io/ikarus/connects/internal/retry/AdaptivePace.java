package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * The slower pace a low vendor budget calls for, for buckets the gate does not model as a count:
 * while a bucket's reported budget is low, what is left is spread evenly over the time until the
 * vendor's reset; an exhausted budget waits for the reset. Each report replaces the last. Not
 * thread-safe: the gate calls it under its lock.
 */
final class AdaptivePace {

  /** The vendor's last word on a bucket and the last permit granted under it. */
  private static final class Budget {
    long remaining;
    long limit;
    long resetAt;
    long lastGrant = Long.MIN_VALUE;
  }

  private final Map<String, Budget> budgets = new HashMap<>();

  /** Takes a report into account; reports without a reset time are ignored. */
  void observe(RateLimitStatus status, long now) {
    if (status.resetIn() == null) {
      return;
    }
    Budget b = budgets.computeIfAbsent(status.bucket(), k -> new Budget());
    b.remaining = status.remaining();
    b.limit = status.limit();
    b.resetAt = now + Delays.nanos(status.resetIn());
  }

  /**
   * Reserves {@code cost} under the bucket's reported budget; the wait in nanos, or -1 beyond
   * {@code maxWait}. Never waits past the vendor's reset.
   */
  long reserve(String bucket, long cost, long now, long maxWait) {
    Budget b = budgets.get(bucket);
    if (b == null || now >= b.resetAt) {
      budgets.remove(bucket);
      return 0;
    }
    long at = now;
    if (b.remaining < cost) {
      at = b.resetAt;
    } else if (isLow(b)) {
      long interval = (b.resetAt - now) / Math.max(1, b.remaining);
      at = b.lastGrant == Long.MIN_VALUE ? now : Math.max(now, b.lastGrant + interval);
    }
    if (at - now > maxWait) {
      return -1;
    }
    b.remaining = Math.max(0, b.remaining - cost);
    b.lastGrant = at;
    return at - now;
  }

  private static boolean isLow(Budget b) {
    return new RateLimitStatus("x", b.remaining, b.limit, null).isLow();
  }
}
