package io.ikarus.connects.testkit.internal.quota;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code max} requests in flight at once (Dataverse: 52 per user, refused at once, not
 * queued). A request enters when it arrives and leaves when its answer is ready. Thread-safe.
 */
public final class ConcurrencyLimit {

  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile int max;

  /** A limit of {@code max} concurrent requests. */
  public ConcurrencyLimit(int max) {
    this.max = max;
  }

  /** Enters and returns true when there is room; returns false, entering nothing, when full. */
  public boolean tryEnter() {
    int limit = max;
    return inFlight.getAndUpdate(n -> n < limit ? n + 1 : n) < limit;
  }

  /** Leaves after a {@link #tryEnter()} that returned true. */
  public void exit() {
    inFlight.decrementAndGet();
  }

  /** The most requests allowed at once. */
  public int max() {
    return max;
  }

  /** Changes the most requests allowed at once; {@link Integer#MAX_VALUE} turns the limit off. */
  public void max(int max) {
    this.max = max;
  }
}
