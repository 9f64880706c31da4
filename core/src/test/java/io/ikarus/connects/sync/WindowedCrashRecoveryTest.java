package io.ikarus.connects.sync;

/**
 * The crash-point suite with feeds answering one change a page and runs working on two changes at
 * a time, so that every run of the scenario has several windows: a crash between windows, after
 * one window's checkpoint is saved, must converge to exactly the state of a one-window run.
 */
class WindowedCrashRecoveryTest extends CrashRecoveryTest {

  @Override
  SyncFixture newFixture() {
    return new SyncFixture(1, 2);
  }
}
