package io.ikarus.connects.testkit.internal.hubspot;

import java.util.ArrayDeque;
import java.util.Deque;

/** A rolling-window counter: at most {@code max} events in any {@code intervalMillis}. */
final class RollingWindow {

  private final int max;
  private final long intervalMillis;
  private final Deque<Long> events = new ArrayDeque<>();

  RollingWindow(int max, long intervalMillis) {
    this.max = max;
    this.intervalMillis = intervalMillis;
  }

  /** Counts an event at {@code now} and returns true, or returns false when the window is full. */
  synchronized boolean tryAcquire(long now) {
    evict(now);
    if (countWithin(now, intervalMillis) >= max) {
      return false;
    }
    events.addLast(now);
    return true;
  }

  /** How many more events fit at {@code now}. */
  synchronized int remaining(long now) {
    evict(now);
    return Math.max(0, max - events.size());
  }

  /** How many events happened in the last {@code millis} before {@code now}. */
  synchronized int countWithin(long now, long millis) {
    return (int) events.stream().filter(t -> t > now - millis && t <= now).count();
  }

  int max() {
    return max;
  }

  long intervalMillis() {
    return intervalMillis;
  }

  /** Arrival times may be recorded slightly out of order, so every old one is dropped. */
  private void evict(long now) {
    events.removeIf(t -> t <= now - intervalMillis);
  }
}
