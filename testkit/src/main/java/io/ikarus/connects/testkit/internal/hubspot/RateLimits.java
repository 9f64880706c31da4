package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import io.ikarus.connects.testkit.internal.quota.RollingWindow;
import java.util.function.LongSupplier;

/**
 * HubSpot's limits, when enabled: a rolling burst window ({@code TEN_SECONDLY_ROLLING}, 190 per 10
 * s by default), a daily quota ({@code DAILY}), and the search API's own per-second window. Every
 * non-search response carries the {@code X-HubSpot-RateLimit-*} headers; search responses carry
 * none. Thread-safe.
 */
public final class RateLimits {

  private final RollingWindow burst;
  private final RollingWindow search;
  private final CostBudget daily;
  private final LongSupplier millis;
  private final boolean systemTime;

  /**
   * Limits of {@code burstMax} per {@code burstMillis}, {@code dailyMax} per day, {@code searchMax}
   * searches per {@code searchMillis}, timed by {@code millis} (null: system time, requests counted
   * from their arrival).
   */
  public RateLimits(
      int burstMax,
      long burstMillis,
      long dailyMax,
      int searchMax,
      long searchMillis,
      LongSupplier millis) {
    this.burst = new RollingWindow(burstMax, burstMillis);
    this.search = new RollingWindow(searchMax, searchMillis);
    this.daily = CostBudget.total(dailyMax);
    this.millis = millis == null ? () -> System.nanoTime() / 1_000_000 : millis;
    this.systemTime = millis == null;
  }

  /**
   * Admits a request received at {@code receivedNanos} ({@link System#nanoTime()}), or returns the
   * 429 HubSpot would send. It counts from its arrival on system time, so that waiting for the
   * server does not count against it, as at HubSpot; from the current time on a test's own clock.
   */
  public FakeResponse admit(boolean isSearch, long receivedNanos) {
    long now = systemTime ? receivedNanos / 1_000_000 : millis.getAsLong();
    if (!daily.fits(1)) {
      return headers(Wire.rateLimited("DAILY"), now);
    }
    if (isSearch) {
      if (!search.tryAcquire(now)) {
        return Wire.rateLimited("SECONDLY");
      }
    } else if (!burst.tryAcquire(now)) {
      return headers(Wire.rateLimited("TEN_SECONDLY_ROLLING"), now);
    }
    daily.charge(1);
    return null;
  }

  /** Adds the rate-limit headers to a non-search reply. */
  public FakeResponse headers(FakeResponse reply) {
    return headers(reply, millis.getAsLong());
  }

  private FakeResponse headers(FakeResponse reply, long now) {
    int secondly = Math.max(1, (int) (burst.max() * 1000L / burst.intervalMillis()));
    return reply
        .header("X-HubSpot-RateLimit-Daily", Long.toString(daily.limit()))
        .header("X-HubSpot-RateLimit-Daily-Remaining", Long.toString(daily.remaining()))
        .header("X-HubSpot-RateLimit-Interval-Milliseconds", Long.toString(burst.intervalMillis()))
        .header("X-HubSpot-RateLimit-Max", Integer.toString(burst.max()))
        .header("X-HubSpot-RateLimit-Remaining", Integer.toString(burst.remaining(now)))
        .header("X-HubSpot-RateLimit-Secondly", Integer.toString(secondly))
        .header(
            "X-HubSpot-RateLimit-Secondly-Remaining",
            Integer.toString(Math.max(0, secondly - burst.countWithin(now, 1000))));
  }
}
