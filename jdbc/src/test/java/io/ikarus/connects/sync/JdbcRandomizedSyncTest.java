package io.ikarus.connects.sync;

/** Core's randomized convergence test on the JDBC store, on a real PostgreSQL. */
class JdbcRandomizedSyncTest extends RandomizedSyncTest {

  private final JdbcStores stores = new JdbcStores("random");

  @Override
  SyncStateStore newStore() {
    return stores.empty();
  }
}
