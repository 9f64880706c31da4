package io.ikarus.connects.benchmarks;

import java.time.Duration;

/**
 * The least a task can cost at a vendor: the fewest calls its largest batch allows, and the least
 * time its rate limit and the round-trip latency allow.
 */
public final class Floors {

  private Floors() {}

  /** {@code ceil(records / maxBatch) + authCalls}. */
  public static long calls(long records, int maxBatch, int authCalls) {
    return (records + maxBatch - 1) / maxBatch + authCalls;
  }

  /**
   * The least time for {@code calls} calls under a rolling-window limit of {@code permits} per
   * {@code window}, with {@code concurrency} calls in flight, each taking {@code latency}: the
   * window admits {@code permits} at once, so the last of {@code ceil(calls / permits)} bursts
   * starts {@code (bursts - 1) * window} after the first, and a burst takes {@code ceil(burst /
   * concurrency)} round trips. With no rate limit ({@code permits <= 0}) only the round trips
   * count.
   */
  public static Duration time(
      long calls, long permits, Duration window, int concurrency, Duration latency) {
    if (calls <= 0) {
      return Duration.ZERO;
    }
    if (permits <= 0) {
      return latency.multipliedBy(ceil(calls, concurrency));
    }
    long bursts = ceil(calls, permits);
    long lastBurst = calls - (bursts - 1) * permits;
    return window.multipliedBy(bursts - 1).plus(latency.multipliedBy(ceil(lastBurst, concurrency)));
  }

  /** The time {@code calls} calls take at the window's sustained rate, with no burst credit. */
  public static Duration sustained(long calls, long permits, Duration window) {
    return Duration.ofNanos(Math.round((double) calls * window.toNanos() / permits));
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }
}
