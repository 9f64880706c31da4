package io.ikarus.connects.jdbc;

import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncLockedException;
import java.io.IOException;
import java.time.Duration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A child JVM that tries the lock of one job once: prints {@code won} and holds the lock until its
 * stdin closes, or prints {@code locked: <message>}. Args: JDBC URL, table prefix, job, lock rows.
 */
public final class LockChild {

  private LockChild() {}

  /** Runs. */
  public static void main(String[] args) throws IOException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(args[0]);
    JdbcSyncStateStore store =
        JdbcSyncStateStore.builder(ds)
            .tablePrefix(args[1])
            .lockRows(Boolean.parseBoolean(args[3]))
            .build();
    System.out.println("ready");
    System.out.flush();
    System.in.read(); // the parent says go: both children try at the same moment
    try (SyncLock lock = store.lock(args[2], Duration.ZERO)) {
      System.out.println("won");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes stdin or kills this JVM
      }
    } catch (SyncLockedException e) {
      System.out.println("locked: " + e.getMessage());
    }
  }
}
