package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.FaultHook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run works in windows of one side's changes: what each window reads, writes and saves. */
class WindowedSyncTest {

  /** Feeds of 2 changes a page, windows of 4 changes. */
  private final SyncFixture f = new SyncFixture(2, 4);

  private void createAs(int n) {
    for (int i = 0; i < n; i++) {
      f.createA("w" + i + "@example.com", "W" + i);
    }
  }

  @Test
  void aFirstPushIsReadAndWrittenWindowByWindow() {
    createAs(10);
    List<String> events = new ArrayList<>();
    SyncReport report =
        f.job(SyncDirection.PUSH)
            .listener(
                new SyncListener() {
                  @Override
                  public void onChangesRead(SyncSide side, int upserts, int deletions) {
                    events.add("read " + side + " " + upserts);
                  }

                  @Override
                  public void onProgress(int done, int total) {
                    events.add(done + "/" + total);
                  }
                })
            .build()
            .run()
            .join();
    assertThat(report.target().created()).isEqualTo(10);
    assertThat(events)
        .containsExactly(
            "read SOURCE 4", "read TARGET 0", "4/4", "read SOURCE 4", "4/4", "read SOURCE 2", "2/2");
    assertThat(f.bs()).hasSize(10);
  }

  @Test
  void theNextWindowIsReadBeforeThisWindowIsWritten() {
    createAs(10);
    f.a.clearJournal();
    List<Integer> sourceReadsAtEachCreate = new ArrayList<>();
    f.b.faults(
        new FaultHook() {
          @Override
          public CrmException beforeCall(Call call) {
            if (call.operation().equals("createAll")) {
              sourceReadsAtEachCreate.add(f.a.journal().size());
            }
            return null;
          }
        });
    f.run(SyncDirection.PUSH);
    // pages of 2, windows of 4, batches of 3: window 1 is pages 1-2; pages 3-4 (window 2) are
    // read before window 1's two create calls are sent, and page 5 (window 3) before window 2's.
    assertThat(sourceReadsAtEachCreate).containsExactly(4, 4, 5, 5, 5);
  }

  @Test
  void aCrashAfterAWindowKeepsItsCheckpointAndTheRerunCreatesNoDuplicate() {
    createAs(10);
    f.b.faults(crashOnNthCreate(3));
    assertThatThrownBy(() -> f.run(SyncDirection.PUSH))
        .hasCauseInstanceOf(CrashingStateStore.Crash.class);
    assertThat(f.store.checkpoint("test", SyncSide.SOURCE))
        .get()
        .isNotEqualTo(Checkpoint.initial());
    assertThat(f.store.checkpoint("test", SyncSide.TARGET)).isEmpty();
    f.b.faults(FaultHook.NONE);
    f.b.clearJournal();
    SyncReport rerun = f.run(SyncDirection.PUSH);
    assertThat(rerun.failures()).isEmpty();
    assertThat(f.bs()).hasSize(10);
    assertThat(f.bs().stream().map(r -> r.field("Email")).distinct()).hasSize(10);
    assertThat(f.run(SyncDirection.PUSH).isQuiet()).isTrue();
  }

  @Test
  void aHeldRecordWaitsForItsPartnerInALaterWindow() {
    createAs(9);
    f.createA("late@example.com", "Late A");
    f.createB("late@example.com", "Late B");
    SyncReport report = f.run(SyncDirection.BIDIRECTIONAL);
    assertThat(report.failures()).isEmpty();
    assertThat(f.as()).hasSize(10);
    assertThat(f.bs()).hasSize(10);
    assertThat(f.run(SyncDirection.BIDIRECTIONAL).isQuiet()).isTrue();
  }

  private static FaultHook crashOnNthCreate(int n) {
    return new FaultHook() {
      private int creates;

      @Override
      public CrmException beforeCall(Call call) {
        if (call.operation().equals("createAll") && ++creates == n) {
          throw new CrashingStateStore.Crash("before create call " + n);
        }
        return null;
      }
    };
  }
}
