package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Job locks as leased rows, for databases without advisory locks: a runner owns the job's row until
 * its lease ends and renews the lease every third of it while it runs. A runner that dies stops
 * renewing, so its lease runs out and the next runner takes over. Lease times come from this
 * process's clock: keep the clocks of the processes sharing a store in step (NTP).
 */
public final class RowLocks {

  private static final ScheduledExecutorService HEARTBEAT =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ikarus-jdbc-lock-lease");
            t.setDaemon(true);
            return t;
          });

  private final Transactions tx;
  private final String table;
  private final Duration lease;
  private final Clock clock;

  /** Locks in the lock table of {@code tables}, leased for {@code lease} on {@code clock}. */
  public RowLocks(Transactions tx, Tables tables, Duration lease, Clock clock) {
    this.tx = tx;
    this.table = tables.lock();
    this.lease = lease;
    this.clock = clock;
  }

  /** Takes the lock of {@code job}, waiting up to {@code wait}. */
  public SyncLock acquire(String job, Duration wait) throws SQLException {
    ensureRow(job);
    String owner = UUID.randomUUID().toString();
    return LockAttempt.poll(
        job, wait, "its lock row in " + table + " is leased", () -> tryLock(job, owner));
  }

  private SyncLock tryLock(String job, String owner) {
    long now = clock.millis();
    int won =
        tx.inTransaction(
            "lock sync job " + job,
            c ->
                update(
                    c,
                    "UPDATE "
                        + table
                        + " SET owner = ?, lease_until = ? WHERE job = ?"
                        + " AND (owner IS NULL OR lease_until < ?)",
                    owner,
                    now + lease.toMillis(),
                    job,
                    now));
    if (won == 0) {
      return null;
    }
    long period = Math.max(1, lease.toMillis() / 3);
    ScheduledFuture<?> renewal =
        HEARTBEAT.scheduleAtFixedRate(
            () -> renew(job, owner), period, period, TimeUnit.MILLISECONDS);
    AtomicBoolean open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        renewal.cancel(false);
        release(job, owner);
      }
    };
  }

  /** Extends the lease; false when this owner lost it. */
  boolean renew(String job, String owner) {
    try {
      return tx.inTransaction(
              "renew the lock of sync job " + job,
              c ->
                  update(
                      c,
                      "UPDATE " + table + " SET lease_until = ? WHERE job = ? AND owner = ?",
                      clock.millis() + lease.toMillis(),
                      job,
                      owner))
          > 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void release(String job, String owner) {
    try {
      tx.inTransaction(
          "unlock sync job " + job,
          c ->
              update(
                  c,
                  "UPDATE "
                      + table
                      + " SET owner = NULL, lease_until = NULL"
                      + " WHERE job = ? AND owner = ?",
                  job,
                  owner));
    } catch (RuntimeException e) {
      // The lease runs out on its own.
    }
  }

  /** Inserts the job's row unless it exists (a concurrent insert of the same row is fine). */
  private void ensureRow(String job) {
    try {
      tx.inTransaction(
          "create the lock row of sync job " + job,
          c ->
              update(
                  c,
                  "INSERT INTO "
                      + table
                      + " (job) SELECT ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM "
                      + table
                      + " WHERE job = ?)",
                  job,
                  job));
    } catch (RuntimeException e) {
      // Another process inserted it at the same moment.
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }
}
