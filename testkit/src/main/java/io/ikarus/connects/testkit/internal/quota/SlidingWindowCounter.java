package io.ikarus.connects.testkit.internal.quota;

import java.time.Clock;
import java.time.Duration;

/**
 * A request budget over a sliding window, kept as a ring of per-slice counters so memory does not
 * grow with traffic: {@code max} permits per {@code window}, the window moving in steps of {@code
 * window / slices}. Vendors use it for their quotas (Salesforce's rolling 24-hour API allocation,
 * HubSpot's ten-secondly limit, ...). Thread-safe.
 */
public final class SlidingWindowCounter {

  private final Clock clock;
  private final long sliceMillis;
  private final long[] counts;
  private final long[] sliceIds;
  private volatile long max;

  /** Creates a counter; {@code slices} must divide the window into at least one slice. */
  public SlidingWindowCounter(Clock clock, Duration window, int slices, long max) {
    if (slices < 1 || window.toMillis() < slices) {
      throw new IllegalArgumentException("window " + window + " cannot hold " + slices + " slices");
    }
    this.clock = clock;
    this.sliceMillis = window.toMillis() / slices;
    this.counts = new long[slices];
    this.sliceIds = new long[slices];
    this.max = max;
  }

  /** Takes one permit when the window has room; returns false (taking nothing) otherwise. */
  public synchronized boolean tryAcquire() {
    long current = currentSlice();
    if (usedAt(current) >= max) {
      return false;
    }
    int index = (int) Math.floorMod(current, (long) counts.length);
    if (sliceIds[index] != current) {
      sliceIds[index] = current;
      counts[index] = 0;
    }
    counts[index]++;
    return true;
  }

  /** Permits taken within the current window. */
  public synchronized long used() {
    return usedAt(currentSlice());
  }

  /** The permits allowed per window. */
  public long max() {
    return max;
  }

  /** Changes the permits allowed per window. */
  public void max(long max) {
    this.max = max;
  }

  /**
   * Whole seconds, rounded up and at least one, until the oldest slice leaves the window and frees
   * its permits: a Retry-After value.
   */
  public int secondsToNextSlice() {
    long millis = sliceMillis - Math.floorMod(clock.millis(), sliceMillis);
    return (int) Math.max(1, (millis + 999) / 1000);
  }

  private long currentSlice() {
    return Math.floorDiv(clock.millis(), sliceMillis);
  }

  private long usedAt(long current) {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      if (current - sliceIds[i] < counts.length) {
        sum += counts[i];
      }
    }
    return sum;
  }
}
