package io.ikarus.connects.testkit.internal.quota;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A budget spent by cost (one per request, or an endpoint's or query's price) and refilled when its
 * period ends: a day at midnight in a zone (Pipedrive's token budget), a window opened by the first
 * charge (monday's complexity minute), or never (a total). Thread-safe.
 */
public final class CostBudget {

  private final Clock clock;
  // A daily budget has a zone (its midnight refills it), a window budget a window, a total neither.
  private final ZoneId zone;
  private final Duration window;
  private final long limit;
  private LocalDate day;
  private Instant windowStart;
  private long used;

  private CostBudget(Clock clock, ZoneId zone, Duration window, long limit) {
    this.clock = clock;
    this.zone = zone;
    this.window = window;
    this.limit = limit;
  }

  /** A budget refilled at each midnight in {@code zone}. */
  public static CostBudget daily(Clock clock, ZoneId zone, long limit) {
    return new CostBudget(clock, Objects.requireNonNull(zone, "zone"), null, limit);
  }

  /** A budget refilled {@code window} after the first charge following the last refill. */
  public static CostBudget window(Clock clock, Duration window, long limit) {
    return new CostBudget(clock, null, Objects.requireNonNull(window, "window"), limit);
  }

  /** A budget never refilled. */
  public static CostBudget total(long limit) {
    return new CostBudget(Clock.systemUTC(), null, null, limit);
  }

  /** True when {@code cost} more fits in this period's budget. */
  public synchronized boolean fits(long cost) {
    roll();
    return used + cost <= limit;
  }

  /** Spends {@code cost} whether it fits or not (traffic a switched-off limit lets through). */
  public synchronized void charge(long cost) {
    roll();
    used += cost;
  }

  /** Spends {@code cost} and returns true when it fits; returns false, spending nothing, if not. */
  public synchronized boolean tryCharge(long cost) {
    if (!fits(cost)) {
      return false;
    }
    used += cost;
    return true;
  }

  /** Spent in this period. */
  public synchronized long used() {
    roll();
    return used;
  }

  /** Left in this period, never below zero. */
  public synchronized long remaining() {
    return Math.max(0, limit - used());
  }

  /** The budget per period. */
  public long limit() {
    return limit;
  }

  /** Whole seconds, at least one, until a window budget refills; zero for the other kinds. */
  public synchronized int secondsToReset() {
    roll();
    if (window == null) {
      return 0;
    }
    long millis = Duration.between(clock.instant(), windowStart.plus(window)).toMillis();
    return (int) Math.max(1, (millis + 999) / 1000);
  }

  private void roll() {
    if (zone != null) {
      LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
      if (!today.equals(day)) {
        day = today;
        used = 0;
      }
    } else if (window != null) {
      Instant now = clock.instant();
      if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
        windowStart = now;
        used = 0;
      }
    }
  }
}
