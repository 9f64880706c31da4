package io.ikarus.connects.testkit.internal.quota;

import java.util.ArrayDeque;
import java.util.Deque;

/** A rolling-window counter: at most {@code max} events in any {@code intervalMillis}. */
public final class RollingWindow {

  private final int max;
  private final long intervalMillis;
  private final Deque<Long> events = new ArrayDeque<>();

  /** A window of {@code max} events per {@code intervalMillis}. */
  public RollingWindow(int max, long intervalMillis) {
    this.max = max;
    this.intervalMillis = intervalMillis;
  }

  /** Counts an event at {@code now} and returns true, or returns false when the window is full. */
  public synchronized boolean tryAcquire(long now) {
    evict(now);
    if (countWithin(now, intervalMillis) >= max) {
      return false;
    }
    events.addLast(now);
    return true;
  }

  /** How many more events fit at {@code now}. */
  public synchronized int remaining(long now) {
    evict(now);
    return Math.max(0, max - events.size());
  }

  /** How many events happened in the last {@code millis} before {@code now}. */
  public synchronized int countWithin(long now, long millis) {
    return (int) events.stream().filter(t -> t > now - millis && t <= now).count();
  }

  /** The events allowed per window. */
  public int max() {
    return max;
  }

  /** The window length. */
  public long intervalMillis() {
    return intervalMillis;
  }

  /** Arrival times may be recorded slightly out of order, so every old one is dropped. */
  private void evict(long now) {
    events.removeIf(t -> t <= now - intervalMillis);
  }
}
