package io.ikarus.connects.sync;

/**
 * Core's crash-point suite on the JDBC store: a crash before and after every state change and after
 * every connector write, then a rerun, on a real PostgreSQL.
 */
class JdbcCrashRecoveryTest extends CrashRecoveryTest {

  private final JdbcStores stores = new JdbcStores("crash");

  @Override
  SyncStateStore newStore() {
    return stores.empty();
  }
}
