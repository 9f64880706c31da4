package io.ikarus.connects.internal.retry;

import io.ikarus.connects.resilience.TimeSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Schedules waits on a {@link ScheduledExecutorService} so that no thread sleeps: the caller's, or
 * one shared daemon scheduler for the whole SDK.
 */
public final class Delays {

  private static final ScheduledExecutorService SHARED = sharedScheduler();

  private static final Duration MAX = Duration.ofDays(365);

  private final ScheduledExecutorService scheduler;

  /** Uses {@code scheduler}, or the shared one when null. */
  public Delays(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler != null ? scheduler : SHARED;
  }

  /** The scheduler waits run on. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** The current time in nanos: the scheduler's own when it keeps one, else the system's. */
  public long nanoTime() {
    return scheduler instanceof TimeSource time ? time.nanoTime() : System.nanoTime();
  }

  /** {@code d} in nanos, saturating instead of overflowing. */
  public static long nanos(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX.toNanos() : Math.max(0, d.toNanos());
  }

  /** A future completing after {@code delay}; cancelling it cancels the scheduled task. */
  public CompletableFuture<Void> after(Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    var task = scheduler.schedule(() -> done.complete(null), nanos(delay), TimeUnit.NANOSECONDS);
    done.whenComplete((v, e) -> task.cancel(false));
    return done;
  }

  private static ScheduledExecutorService sharedScheduler() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "ikarus-connects-scheduler");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
