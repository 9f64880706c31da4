package io.ikarus.connects.monday;

import io.ikarus.connects.resilience.TimeSource;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that waits in virtual time: a delayed task runs at once and moves the fake's clock
 * forward by its delay, so a test can wait out a per-minute budget in milliseconds while the fake
 * sees every minute pass. Records the delays it was asked for. As a {@link TimeSource} it gives the
 * connector's rate limiter the same virtual time.
 */
final class VirtualTimeScheduler extends ScheduledThreadPoolExecutor implements TimeSource {

  private final MutableClock clock;
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  VirtualTimeScheduler(MutableClock clock) {
    super(1);
    this.clock = clock;
  }

  @Override
  public long nanoTime() {
    java.time.Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** Their sum. */
  Duration waited() {
    return delays.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    advance(delay, unit);
    return super.schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    advance(delay, unit);
    return super.schedule(callable, 0, TimeUnit.NANOSECONDS);
  }

  private void advance(long delay, TimeUnit unit) {
    if (delay > 0) {
      Duration d = Duration.ofNanos(unit.toNanos(delay));
      delays.add(d);
      clock.advance(d);
    }
  }
}
