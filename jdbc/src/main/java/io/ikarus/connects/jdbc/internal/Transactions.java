package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncStateException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one transaction each, turning SQL failures into {@link SyncStateException}. */
public final class Transactions {

  private final DataSource dataSource;

  /** Over {@code dataSource}. */
  public Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   *
   * @param what what the work does, for the error message ("save links of job x")
   * @throws SyncStateException when the database fails; nothing of the work is kept then
   */
  public <T> T inTransaction(String what, SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** Work without a result. */
  @FunctionalInterface
  public interface SqlAction {
    /** Does the work; the caller commits or rolls back. */
    void run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction, as {@link #inTransaction}. */
  public void run(String what, SqlAction work) {
    inTransaction(
        what,
        c -> {
          work.run(c);
          return null;
        });
  }

  /** A {@link SyncStateException} saying what failed and the database's reason. */
  public static SyncStateException failure(String what, SQLException e) {
    return new SyncStateException(
        "cannot " + what + ": " + e.getMessage() + " (SQL state " + e.getSQLState() + ")", e);
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
