package io.ikarus.connects.internal.sync;

import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncLockedException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-process half of a state store's job locks: one permit per job name. A lock is not bound to
 * a thread, so a run may take it on one thread and release it on another.
 */
public final class JobLocks {

  private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
  private final String store;

  /** Locks of the store described by {@code store} (for messages). */
  public JobLocks(String store) {
    this.store = store;
  }

  /**
   * Takes {@code job}'s lock, waiting up to {@code wait}.
   *
   * @throws SyncLockedException when another runner holds it after {@code wait}
   */
  public SyncLock lock(String job, Duration wait) {
    Semaphore permit = permits.computeIfAbsent(job, j -> new Semaphore(1));
    if (!acquire(permit, wait)) {
      throw new SyncLockedException(
          job, "sync job " + job + " is already running in this process against " + store);
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        permit.release();
      }
    };
  }

  private static boolean acquire(Semaphore permit, Duration wait) {
    if (wait.isZero() || wait.isNegative()) {
      return permit.tryAcquire();
    }
    try {
      return permit.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
