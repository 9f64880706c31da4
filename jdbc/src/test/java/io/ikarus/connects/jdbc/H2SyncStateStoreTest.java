package io.ikarus.connects.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The store's semantics on H2, in memory: the portable path (IN lists of 500 ids, JDBC batches, no
 * arrays and no ANALYZE) that databases other than PostgreSQL take.
 */
class H2SyncStateStoreTest extends JdbcSyncStateStoreTest {

  private static final JdbcDataSource H2 = h2();

  private static JdbcDataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:store;DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Override
  DataSource dataSource() {
    return H2;
  }
}
