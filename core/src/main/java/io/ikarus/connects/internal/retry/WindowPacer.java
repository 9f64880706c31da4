package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;
import java.util.ArrayDeque;

/**
 * A rolling window as HubSpot and Dataverse count it: at most {@code permits} in any {@code
 * period}-long interval. A fresh window is spent at once (the burst); then each request waits for
 * the oldest one to leave the window. A vendor report of fewer remaining permits than the model
 * expects (another client shares the budget) is counted as spent now.
 */
final class WindowPacer implements Pacer {

  private final long permits;
  private final long period;
  private final ArrayDeque<long[]> sent = new ArrayDeque<>();
  private long total;

  WindowPacer(long permits, long periodNanos) {
    this.permits = permits;
    this.period = periodNanos;
  }

  @Override
  public long reserve(long cost, long now, long maxWait) {
    prune(now);
    long c = Math.min(cost, permits);
    long at = sent.isEmpty() ? now : Math.max(now, sent.peekLast()[0]);
    long excess = total + c - permits;
    for (long[] entry : sent) {
      if (excess <= 0) {
        break;
      }
      excess -= entry[1];
      at = Math.max(at, entry[0] + period);
    }
    if (at - now > maxWait) {
      return -1;
    }
    add(at, c);
    return at - now;
  }

  @Override
  public boolean observe(RateLimitStatus status, long now) {
    prune(now);
    long expected = permits - total;
    if (status.remaining() < expected) {
      long at = sent.isEmpty() ? now : Math.max(now, sent.peekLast()[0]);
      add(at, expected - status.remaining());
    }
    return true;
  }

  private void add(long at, long cost) {
    sent.addLast(new long[] {at, cost});
    total += cost;
  }

  private void prune(long now) {
    while (!sent.isEmpty() && sent.peekFirst()[0] <= now - period) {
      total -= sent.pollFirst()[1];
    }
  }
}
