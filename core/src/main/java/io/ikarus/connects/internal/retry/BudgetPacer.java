package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;
import java.util.TreeMap;

/**
 * A budget that refills all at once, as monday.com counts complexity: {@code capacity} to spend per
 * window, spent at once when fresh; when exhausted, requests wait for the reset. The window opens
 * with the first request and ends {@code period} later, or when the vendor's last report said it
 * resets; each report (what is left, when it resets) corrects the model, so the reset the server
 * announced is waited for, not an estimate.
 *
 * <p>Requests that do not fit are planned into the following windows, each window holding at most
 * {@code capacity}. A planned request is released only once the window it was planned for has
 * begun: the vendor's next window opens with its first request after the reset, later than a plan
 * made in advance can know, so a request never runs early into a window that is still spent.
 */
final class BudgetPacer implements Pacer {

  private final long capacity;
  private final long period;
  private final TreeMap<Long, Long> spent = new TreeMap<>();
  private long epoch;
  private final long tolerance;
  private long windowStart;
  private long windowEnd = Long.MIN_VALUE;

  BudgetPacer(long capacity, long periodNanos) {
    this.capacity = capacity;
    this.period = periodNanos;
    // resets are announced in whole seconds, rounded up
    this.tolerance = Math.min(periodNanos / 4, 1_500_000_000L);
  }

  @Override
  public Grant reserve(long cost, long now, long maxWait) {
    roll(now);
    long c = Math.min(cost, capacity);
    long e = epoch;
    while (spent.getOrDefault(e, 0L) + c > capacity) {
      e++;
    }
    long wait = e == epoch ? 0 : windowEnd + (e - epoch - 1) * period - now;
    if (wait > maxWait) {
      return null;
    }
    spent.merge(e, c, Long::sum);
    return new Planned(e, Math.max(0, wait));
  }

  @Override
  public boolean observe(RateLimitStatus status, long now) {
    roll(now);
    long used = (status.limit() > 0 ? status.limit() : capacity) - status.remaining();
    if (status.resetIn() == null) {
      spent.merge(epoch, used, Math::max);
      return true;
    }
    long vendorEnd = now + Delays.nanos(status.resetIn());
    if (vendorEnd <= windowStart + tolerance) {
      return true; // an answer from the window before: it says nothing about this one
    }
    if (vendorEnd - period >= windowEnd - tolerance) {
      epoch++; // the vendor's window turned before the model's did
      windowStart = vendorEnd - period;
    }
    windowEnd = vendorEnd;
    spent.merge(epoch, used, Math::max);
    return true;
  }

  /** Opens the window when none is running; moves to the next one when the current one ended. */
  private void roll(long now) {
    if (windowEnd == Long.MIN_VALUE || now >= windowEnd) {
      epoch += windowEnd == Long.MIN_VALUE ? 0 : 1;
      windowStart = now;
      windowEnd = now + period;
    }
    spent.headMap(epoch).clear();
  }

  /** Permits reserved in window {@code epoch}: not released before that window has begun. */
  private final class Planned extends Grant {
    private final long window;

    Planned(long window, long wait) {
      super(wait);
      this.window = window;
    }

    @Override
    long hold(long now) {
      roll(now);
      return window > epoch ? Math.max(1, windowEnd - now) : 0;
    }
  }
}
