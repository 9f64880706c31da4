package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncLockedException;
import java.sql.SQLException;
import java.time.Duration;

/** One try at a job lock: the lock, or null when another runner holds it. */
@FunctionalInterface
interface LockAttempt {

  /** Polling interval while waiting for a lock. */
  long POLL_MILLIS = 50;

  SyncLock tryOnce() throws SQLException;

  /**
   * Tries until the lock is taken or {@code wait} has passed.
   *
   * @throws SyncLockedException when the lock is still held after {@code wait}
   */
  static SyncLock poll(String job, Duration wait, String holder, LockAttempt attempt)
      throws SQLException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      SyncLock lock = attempt.tryOnce();
      if (lock != null) {
        return lock;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new SyncLockedException(
            job, "sync job " + job + " is already running elsewhere (" + holder + ")");
      }
      try {
        Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SyncLockedException(job, "interrupted while waiting for sync job " + job);
      }
    }
  }
}
