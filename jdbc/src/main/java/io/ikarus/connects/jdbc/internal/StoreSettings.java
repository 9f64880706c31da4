package io.ikarus.connects.jdbc.internal;

import io.ikarus.connects.sync.SyncStateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * What a JDBC store works with, after its schema is current.
 *
 * @param transactions transactions on the data source
 * @param tables the table names
 * @param dialect the database's dialect
 * @param locks the job locks
 */
public record StoreSettings(
    Transactions transactions, Tables tables, Dialect dialect, JobLocks locks) {

  /**
   * Connects, detects the dialect, and creates or upgrades the schema.
   *
   * @param rowLocks true to use lock rows even where advisory locks exist
   * @throws SyncStateException when the database cannot be reached or upgraded
   */
  public static StoreSettings open(
      DataSource dataSource, String prefix, boolean rowLocks, Duration lease, Clock clock) {
    Tables tables = new Tables(prefix);
    Transactions tx = new Transactions(dataSource);
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw Transactions.failure("connect to the sync state database", e);
    }
    Schema.migrate(tx, tables, dialect);
    AdvisoryLocks advisory =
        dialect.advisoryLocks() && !rowLocks ? new AdvisoryLocks(dataSource, prefix) : null;
    JobLocks locks = new JobLocks(advisory, new RowLocks(tx, tables, lease, clock));
    return new StoreSettings(tx, tables, dialect, locks);
  }
}
