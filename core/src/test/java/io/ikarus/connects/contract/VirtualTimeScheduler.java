package io.ikarus.connects.contract;

import io.ikarus.connects.resilience.TimeSource;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A scheduler in virtual time for {@code ClientOptions.scheduler(...)}: a delayed task never waits
 * in real time; the clock jumps to the earliest task's time and runs it, but only while {@code
 * quiet} says no request is on its way (so a request released at virtual time t also reaches the
 * server at t). Tasks without delay run at once on real threads. The rate limiter reads {@link
 * #nanoTime()}, so a server that stamps arrivals with it measures exactly what the limiter
 * released, whatever the machine's load.
 */
public final class VirtualTimeScheduler extends ScheduledThreadPoolExecutor implements TimeSource {

  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private final Thread driver;
  private volatile BooleanSupplier quiet = () -> true;
  private volatile long now;
  private long sequence;

  /** Starts the clock at 0. */
  public VirtualTimeScheduler() {
    super(2, r -> daemon(r, "virtual-time-worker"));
    driver = daemon(this::drive, "virtual-time-driver");
    driver.start();
  }

  /**
   * The clock advances only while {@code quiet} holds: when every pending call waits on a timer.
   */
  public VirtualTimeScheduler advanceWhen(BooleanSupplier quiet) {
    this.quiet = quiet;
    return this;
  }

  /** The delayed tasks not yet run nor cancelled. */
  public synchronized int pending() {
    return (int) queue.stream().filter(t -> !t.isDone()).count();
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return delay <= 0
        ? super.schedule(command, 0, unit)
        : enqueue(new FutureTask<>(command, null), unit.toNanos(delay));
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return delay <= 0
        ? super.schedule(callable, 0, unit)
        : enqueue(new FutureTask<>(callable), unit.toNanos(delay));
  }

  @Override
  public void shutdown() {
    driver.interrupt();
    super.shutdown();
  }

  @Override
  public java.util.List<Runnable> shutdownNow() {
    driver.interrupt();
    return super.shutdownNow();
  }

  private synchronized <V> Task<V> enqueue(FutureTask<V> work, long delayNanos) {
    Task<V> task = new Task<>(work, now + delayNanos, sequence++);
    queue.add(task);
    return task;
  }

  private void drive() {
    while (!Thread.currentThread().isInterrupted()) {
      Task<?> next = null;
      synchronized (this) {
        queue.removeIf(Task::isDone);
        if (!queue.isEmpty() && quiet.getAsBoolean()) {
          next = queue.poll();
          now = Math.max(now, next.due);
        }
      }
      if (next == null) {
        LockSupport.parkNanos(200_000);
      } else {
        next.work.run();
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private final class Task<V> implements ScheduledFuture<V> {
    final FutureTask<V> work;
    final long due;
    final long order;

    Task(FutureTask<V> work, long due, long order) {
      this.work = work;
      this.due = due;
      this.order = order;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(due - now, TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      Task<?> o = (Task<?>) other;
      return due != o.due ? Long.compare(due, o.due) : Long.compare(order, o.order);
    }

    @Override
    public boolean cancel(boolean mayInterrupt) {
      return work.cancel(mayInterrupt);
    }

    @Override
    public boolean isCancelled() {
      return work.isCancelled();
    }

    @Override
    public boolean isDone() {
      return work.isDone();
    }

    @Override
    public V get() throws InterruptedException, java.util.concurrent.ExecutionException {
      return work.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit)
        throws InterruptedException,
            java.util.concurrent.ExecutionException,
            java.util.concurrent.TimeoutException {
      return work.get(timeout, unit);
    }
  }
}
