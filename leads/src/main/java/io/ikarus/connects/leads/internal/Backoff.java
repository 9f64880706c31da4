package io.ikarus.connects.leads.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is retried: {@code initial} doubled per attempt up to {@code max}; none
 * after {@code maxAttempts} (the lead then waits for a replay by hand).
 *
 * @param initial delay after the first failure
 * @param max longest delay
 * @param maxAttempts attempts before automatic retries stop
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

  /** The next attempt's time after {@code attempts} failures at {@code now}, or null for none. */
  public Instant next(int attempts, Instant now) {
    if (attempts >= maxAttempts) {
      return null;
    }
    Duration d = initial.multipliedBy(1L << Math.min(attempts - 1, 20));
    return now.plus(d.compareTo(max) > 0 ? max : d);
  }
}
