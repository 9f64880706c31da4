package io.ikarus.connects.sync;

/**
 * Core's crash-point suite on the JDBC store with runs of several windows (one change a page, two
 * changes a window), so crashes fall between one window's checkpoint and the next window's writes.
 */
class JdbcWindowedCrashRecoveryTest extends JdbcCrashRecoveryTest {

  @Override
  SyncFixture newFixture() {
    return new SyncFixture(1, 2);
  }
}
