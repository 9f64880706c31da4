package io.ikarus.connects.internal.retry;

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

  private final ScheduledExecutorService scheduler;

  /** Uses {@code scheduler}, or the shared one when null. */
  public Delays(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler != null ? scheduler : SHARED;
  }

  /** The scheduler waits run on. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** A future completing after {@code delay}; cancelling it cancels the scheduled task. */
  public CompletableFuture<Void> after(Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    var task = scheduler.schedule(() -> done.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
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
