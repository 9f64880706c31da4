package io.ikarus.connects.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for a fake's seeding: while seeding, each reading is {@code step} after the previous one,
 * starting far enough in the past that the last is before now, so seeded records carry stamps
 * spread over time as an org's records do; afterwards it is the system clock.
 */
final class SeedClock extends Clock {

  private final Duration step;
  private Instant next;
  private volatile boolean seeding;

  /** A clock that will spread about {@code readings} readings {@code step} apart. */
  SeedClock(long readings, Duration step) {
    this.step = step;
    this.next = Instant.now().minus(step.multipliedBy(readings + 1));
  }

  /** Starts or ends seeding. */
  void seeding(boolean on) {
    seeding = on;
  }

  @Override
  public synchronized Instant instant() {
    if (!seeding) {
      return Instant.now();
    }
    Instant now = next;
    next = next.plus(step);
    return now.isBefore(Instant.now()) ? now : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
