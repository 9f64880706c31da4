package io.ikarus.connects.internal.retry;

import dev.failsafe.spi.DefaultScheduledFuture;
import dev.failsafe.spi.Scheduler;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Failsafe's scheduler for the engine: work without a delay (the first attempt, a retry without a
 * wait) runs at once on the calling thread instead of hopping onto the scheduler thread; only real
 * waits are scheduled. An attempt only starts asynchronous work, so running it inline never blocks
 * the caller.
 */
public final class InlineFirstScheduler implements Scheduler {

  private final Scheduler delayed;

  /** Schedules delayed work on {@code scheduler}. */
  public InlineFirstScheduler(ScheduledExecutorService scheduler) {
    this.delayed = Scheduler.of(scheduler);
  }

  @Override
  public ScheduledFuture<?> schedule(Callable<?> callable, long delay, TimeUnit unit) {
    if (delay > 0) {
      return delayed.schedule(callable, delay, unit);
    }
    Object result;
    try {
      result = callable.call();
    } catch (Exception e) {
      return new Ran(null, e);
    }
    return new Ran(result, null);
  }

  /** Work that already ran. */
  private static final class Ran extends DefaultScheduledFuture<Object> {
    private final Object result;
    private final Exception failure;

    Ran(Object result, Exception failure) {
      this.result = result;
      this.failure = failure;
    }

    @Override
    public boolean isDone() {
      return true;
    }

    @Override
    public Object get() throws java.util.concurrent.ExecutionException {
      if (failure != null) {
        throw new java.util.concurrent.ExecutionException(failure);
      }
      return result;
    }
  }
}
