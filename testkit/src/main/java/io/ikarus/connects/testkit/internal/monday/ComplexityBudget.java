package io.ikarus.connects.testkit.internal.monday;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The per-minute complexity budget: a window opens with the first call and the budget refills when
 * the window ends (monday: "reset 60 seconds after the first API call"). A query that does not fit
 * is refused as a whole, before anything runs.
 */
final class ComplexityBudget {

  private final Clock clock;
  private final long limit;
  private final Duration window;
  private Instant windowStart;
  private long used;

  /** The budget state seen by one query. */
  record Charge(boolean accepted, long before, long after, long query, int resetInSeconds) {}

  ComplexityBudget(Clock clock, long limit, Duration window) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
  }

  synchronized Charge charge(long cost) {
    Instant now = clock.instant();
    if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
      windowStart = now;
      used = 0;
    }
    long before = limit - used;
    int reset = secondsUntil(windowStart.plus(window), now);
    if (cost > before) {
      return new Charge(false, before, before, cost, reset);
    }
    used += cost;
    return new Charge(true, before, limit - used, cost, reset);
  }

  private static int secondsUntil(Instant end, Instant now) {
    long millis = Duration.between(now, end).toMillis();
    return (int) Math.max(1, (millis + 999) / 1000);
  }
}
