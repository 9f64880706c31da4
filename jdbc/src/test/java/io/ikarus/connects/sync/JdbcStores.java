package io.ikarus.connects.sync;

import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.jdbc.TestDatabase;

/** Empty JDBC stores on the shared test PostgreSQL for core's engine suites. */
final class JdbcStores {

  private final String prefix;
  private final JdbcSyncStateStore store;

  /** Tables of their own for one test class. */
  JdbcStores(String name) {
    prefix = TestDatabase.freshPrefix(name);
    store = JdbcSyncStateStore.builder(TestDatabase.dataSource()).tablePrefix(prefix).build();
  }

  /** The store, emptied. */
  SyncStateStore empty() {
    for (String table : new String[] {"sync_checkpoint", "sync_link", "sync_pending"}) {
      TestDatabase.execute("DELETE FROM " + prefix + table);
    }
    return store;
  }
}
