package io.ikarus.connects.contract;

import io.ikarus.connects.resilience.TimeSource;

/**
 * A {@link RecordingScheduler} whose time runs {@code speedUp} times faster than real time; the
 * rate limiter reads it, so its windows and waits agree with the shortened delays. A fake server
 * stamps arrivals with {@link #nanoTime()} to count requests per window in the same time.
 */
public final class FastTimeScheduler extends RecordingScheduler implements TimeSource {

  private final long speedUp;
  private final long origin = System.nanoTime();

  /** Time runs {@code speedUp} times faster. */
  public FastTimeScheduler(long speedUp) {
    super(speedUp);
    this.speedUp = speedUp;
  }

  @Override
  public long nanoTime() {
    return (System.nanoTime() - origin) * speedUp;
  }
}
