package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;

/**
 * A budget that refills all at once, as monday.com counts complexity: {@code capacity} to spend per
 * window, spent at once when fresh; when exhausted, requests wait for the reset. Each vendor report
 * (what is left, when it resets) corrects the model, so the reset the server announced is waited
 * for, not an estimate.
 */
final class BudgetPacer implements Pacer {

  private final long capacity;
  private final long period;
  private long available;
  private long windowEnd = Long.MIN_VALUE;

  BudgetPacer(long capacity, long periodNanos) {
    this.capacity = capacity;
    this.period = periodNanos;
  }

  @Override
  public long reserve(long cost, long now, long maxWait) {
    long c = Math.min(cost, capacity);
    if (windowEnd == Long.MIN_VALUE || now >= windowEnd) {
      available = capacity;
      windowEnd = now + period;
    }
    if (available >= c) {
      available -= c;
      return 0;
    }
    long wait = windowEnd - now;
    if (wait > maxWait) {
      return -1;
    }
    available = capacity - c;
    windowEnd += period;
    return wait;
  }

  @Override
  public boolean observe(RateLimitStatus status, long now) {
    if (status.resetIn() == null) {
      available = Math.min(available, status.remaining());
      return true;
    }
    long vendorEnd = now + Delays.nanos(status.resetIn());
    if (windowEnd == Long.MIN_VALUE || vendorEnd >= windowEnd - period / 2) {
      available = Math.min(windowEnd == Long.MIN_VALUE ? capacity : available, status.remaining());
      windowEnd = vendorEnd;
    }
    return true;
  }
}
