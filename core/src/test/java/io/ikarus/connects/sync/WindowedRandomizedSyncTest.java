package io.ikarus.connects.sync;

/**
 * The randomized convergence test with feeds answering two changes a page and runs working on
 * three changes at a time, so that most runs have several windows.
 */
class WindowedRandomizedSyncTest extends RandomizedSyncTest {

  @Override
  SyncFixture newFixture() {
    return new SyncFixture(2, 3);
  }
}
