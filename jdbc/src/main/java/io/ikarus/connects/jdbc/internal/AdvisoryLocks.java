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
 * to another thread; when the process dies, the server ends the session and the lock is free.
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
    try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      s.setLong(1, key);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          return null;
        }
      }
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        unlock(c, key);
      }
    };
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
