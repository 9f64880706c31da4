package io.ikarus.connects.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that tests move by hand, for modification stamps, token lifetimes and rate-limit windows.
 *
 * <p>Thread-safe. Example: {@code MutableClock clock = MutableClock.at(Instant.parse(
 * "2024-01-01T00:00:00Z")); ... clock.advance(Duration.ofMinutes(5));}
 */
public final class MutableClock extends Clock {

  private volatile Instant now;

  private MutableClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  /** A clock standing at {@code instant} (UTC). */
  public static MutableClock at(Instant instant) {
    return new MutableClock(instant);
  }

  /** Moves the clock forward by {@code duration} (negative durations move it back). */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns this clock for UTC; other zones are refused because fakes work in UTC only. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone.normalized())) {
      return this;
    }
    throw new IllegalArgumentException("MutableClock is UTC only, not " + zone);
  }
}
