package io.ikarus.connects.contract;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler for {@code ClientOptions.scheduler(...)} in tests: records every delay asked for (so
 * a test can assert that a {@code Retry-After} of 2 s was honoured) and runs it {@code speedUp}
 * times sooner (so the test does not wait 2 s).
 */
public class RecordingScheduler extends ScheduledThreadPoolExecutor {

  private final long speedUp;
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  /** Runs delays {@code speedUp} times sooner than asked (1 for real time). */
  public RecordingScheduler(long speedUp) {
    super(
        2,
        r -> {
          Thread t = new Thread(r, "recording-scheduler");
          t.setDaemon(true);
          return t;
        });
    if (speedUp < 1) {
      throw new IllegalArgumentException("speedUp must be at least 1");
    }
    this.speedUp = speedUp;
  }

  /** Every positive delay scheduled so far, in order. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }

  /** The longest delay scheduled so far, or zero. */
  public Duration longestDelay() {
    return delays.stream().max(Duration::compareTo).orElse(Duration.ZERO);
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return super.schedule(command, record(delay, unit), TimeUnit.NANOSECONDS);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return super.schedule(callable, record(delay, unit), TimeUnit.NANOSECONDS);
  }

  private long record(long delay, TimeUnit unit) {
    long nanos = unit.toNanos(delay);
    if (nanos > 0) {
      delays.add(Duration.ofNanos(nanos));
    }
    return nanos / speedUp;
  }
}
