package io.ikarus.connects.leads.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Connections and transactions of the JDBC lead stores; SQL errors become unchecked. */
public final class Sql {

  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs on {@code c}. */
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final String prefix;

  /** Creates the helper; table names get {@code prefix}. */
  public Sql(DataSource dataSource, String prefix) {
    this.dataSource = dataSource;
    this.prefix = prefix;
  }

  /** The table name with the prefix. */
  public String table(String name) {
    return prefix + name;
  }

  /** Runs {@code work} in one transaction, committed when it returns. */
  public <T> T tx(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lead store: " + what + " failed: " + e.getSQLState(), e);
    }
  }

  /** Runs an update with {@code args}; returns the row count. */
  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, args)) {
      return s.executeUpdate();
    }
  }

  /** A statement with {@code args} bound (Instants as timestamps). */
  public static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      s.setObject(i + 1, a instanceof Instant t ? Timestamp.from(t) : a);
    }
    return s;
  }

  /** The instant of a timestamp, null stays null. */
  public static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
