package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;

/** Spreads permits evenly: one every {@code period / permits}, the first at once. */
final class SmoothPacer implements Pacer {

  private final long interval;
  private long next = Long.MIN_VALUE;

  SmoothPacer(long permits, long periodNanos) {
    this.interval = Math.max(1, periodNanos / permits);
  }

  @Override
  public Grant reserve(long cost, long now, long maxWait) {
    long start = next == Long.MIN_VALUE ? now : Math.max(now, next);
    long wait = start - now;
    if (wait > maxWait) {
      return null;
    }
    next = start + interval * cost;
    return wait == 0 ? Grant.NOW : new Grant(wait);
  }

  @Override
  public boolean observe(RateLimitStatus status, long now) {
    return false;
  }
}
