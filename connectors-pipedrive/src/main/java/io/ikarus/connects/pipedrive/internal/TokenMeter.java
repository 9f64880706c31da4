package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The connector's own count of the company's daily token budget (Pipedrive sends no header for it):
 * every call charges its endpoint cost before it is sent; a call that would overspend, or any call
 * after Pipedrive answered a budget 429, fails at once with a non-retryable {@link
 * RateLimitException} whose {@code retryAfter} is the time left until midnight in the server's
 * zone, when the budget resets. Thread-safe.
 */
public final class TokenMeter {

  private final long budget;
  private final ZoneId zone;
  private final Clock clock;
  private LocalDate day;
  private long used;
  private boolean exhausted;

  /**
   * A meter.
   *
   * @param budget tokens per day; {@code Long.MAX_VALUE} to count without a limit
   * @param zone the zone whose midnight resets the budget
   */
  public TokenMeter(long budget, ZoneId zone, Clock clock) {
    this.budget = budget;
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * Charges {@code cost} tokens.
   *
   * @throws RateLimitException when the budget cannot pay for it
   */
  public synchronized void charge(int cost, ErrorContext context) {
    roll();
    if (exhausted || used + cost > budget) {
      exhausted = true;
      throw exhaustedError(context);
    }
    used += cost;
  }

  /** Records that Pipedrive refused a call for the daily budget: no more calls until midnight. */
  public synchronized void markExhausted() {
    roll();
    exhausted = true;
  }

  /** Tokens charged today. */
  public synchronized long usedToday() {
    roll();
    return used;
  }

  /** The time left until the budget resets. */
  public Duration untilReset() {
    Instant now = clock.instant();
    Instant midnight = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    return Duration.between(now, midnight);
  }

  /** The error for an exhausted budget. */
  public RateLimitException exhaustedError(ErrorContext context) {
    Duration wait = untilReset();
    return new RateLimitException(
        "the Pipedrive daily token budget of "
            + budget
            + " is spent; it resets in "
            + wait
            + " (midnight, server time)",
        context,
        wait,
        false);
  }

  private void roll() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (!today.equals(day)) {
      day = today;
      used = 0;
      exhausted = false;
    }
  }
}
