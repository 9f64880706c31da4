package io.ikarus.connects.internal.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a scheduled sync job runs next: its interval after a success (or a run skipped because
 * another process held the job), doubled per consecutive failure up to a cap, each spread by a
 * random jitter so that many instances do not hit the CRMs in step.
 */
public final class RunDelays {

  private final double jitter;
  private final Duration maxBackoff;
  private final RandomGenerator random;

  /**
   * Delays with {@code jitter} (a fraction: 0.1 spreads each delay by up to 10 % either way).
   *
   * @param maxBackoff the longest delay after failures
   */
  public RunDelays(double jitter, Duration maxBackoff, RandomGenerator random) {
    this.jitter = jitter;
    this.maxBackoff = maxBackoff;
    this.random = random;
  }

  /** The delay before the first run: a random part of one jitter span, so starts spread out. */
  public Duration first(Duration interval) {
    return scale(interval, jitter * random.nextDouble());
  }

  /** The delay before the next run after {@code failures} consecutive failures (0 = success). */
  public Duration next(Duration interval, int failures) {
    Duration base = interval;
    if (failures > 0) {
      Duration cap = maxBackoff.compareTo(interval) > 0 ? maxBackoff : interval;
      for (int i = 0; i < failures && base.compareTo(cap) < 0; i++) {
        base = base.multipliedBy(2);
      }
      base = base.compareTo(cap) > 0 ? cap : base;
    }
    return scale(base, 1 + jitter * (2 * random.nextDouble() - 1));
  }

  private static Duration scale(Duration d, double factor) {
    return Duration.ofNanos((long) (d.toNanos() * factor));
  }
}
