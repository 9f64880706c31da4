package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Job locks as PostgreSQL session advisory locks. The lock lives on one connection taken from the
 * pool for the whole run and returned only after the unlock, so a pool never hands a locked session
 * to another thread; when the process dies, the server ends the session and the lock is free. When
 * the session ends while the process lives on, the lock is gone too: {@link #stillHeld} lets the
 * store refuse that runner's next state write.
 */
public final class AdvisoryLocks {

  private final DataSource dataSource;
  private final String prefix;

  /** Locks keyed by {@code prefix} and job name. */
  public AdvisoryLocks(DataSource dataSource, String prefix) {
    this.dataSource = dataSource;
    this.prefix = prefix;
  }

  /** Takes the lock of {@code job}, waiting up to {@code wait}. */
  public SyncLock acquire(String job, Duration wait) throws SQLException {
    long key = LockKeys.of("job:" + prefix + ":" + job);
    Connection c = dataSource.getConnection();
    try {
      c.setAutoCommit(true);
      return LockAttempt.poll(
          job, wait, "PostgreSQL advisory lock " + key + " is held", () -> tryLock(c, key));
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private static SyncLock tryLock(Connection c, long key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT pg_try_advisory_lock(?), pg_backend_pid()")) {
      s.setLong(1, key);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBoolean(1) ? new Held(c, key, rs.getInt(2)) : null;
      }
    }
  }

  /**
   * True when the session that took {@code lock} still holds it. The server drops a session's
   * advisory locks when the session ends (a network failure, a restart, {@code
   * pg_terminate_backend}), and then another runner may take the job while this one still runs.
   */
  public static boolean stillHeld(Connection c, Held lock) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = ?"
                + " AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = ?")) {
      s.setInt(1, lock.pid);
      s.setLong(2, lock.key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** A held advisory lock: its key, and the server process of the session that holds it. */
  public static final class Held implements SyncLock {
    private final Connection connection;
    private final long key;
    private final int pid;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private Held(Connection connection, long key, int pid) {
      this.connection = connection;
      this.key = key;
      this.pid = pid;
    }

    @Override
    public void close() {
      if (open.compareAndSet(true, false)) {
        unlock(connection, key);
      }
    }
  }

  private static void unlock(Connection c, long key) {
    try (c;
        PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      s.setLong(1, key);
      s.executeQuery().close();
    } catch (SQLException e) {
      abort(c);
    }
  }

  /** Ends the physical session (a pool drops it), which releases whatever lock it still holds. */
  private static void abort(Connection c) {
    try {
      c.abort(Runnable::run);
    } catch (SQLException | RuntimeException e) {
      // Already gone: the server released the lock with the session.
    }
  }
}
