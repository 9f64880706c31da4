package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncLockedException;
import io.ikarus.connects.sync.SyncStateException;
import java.sql.SQLException;
import java.time.Duration;

/** Takes job locks the way the database allows: advisory locks, or leased rows. */
public final class JobLocks {

  private final AdvisoryLocks advisory;
  private final RowLocks rows;

  /** Advisory locks when {@code advisory} is not null, else {@code rows}. */
  public JobLocks(AdvisoryLocks advisory, RowLocks rows) {
    this.advisory = advisory;
    this.rows = rows;
  }

  /** True when advisory locks are used. */
  public boolean advisory() {
    return advisory != null;
  }

  /**
   * Takes the lock of {@code job}, waiting up to {@code wait}.
   *
   * @throws SyncLockedException when another runner holds it after {@code wait}
   * @throws SyncStateException when the database fails
   */
  public SyncLock acquire(String job, Duration wait) {
    try {
      return advisory != null ? advisory.acquire(job, wait) : rows.acquire(job, wait);
    } catch (SQLException e) {
      throw Transactions.failure("lock sync job " + job, e);
    }
  }
}
