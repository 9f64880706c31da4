package io.ikarus.connects.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.jdbc.internal.LockKeys;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.sync.SyncStateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The connection that holds a job's advisory lock drops in the middle of a run (here the server
 * ends its session, as a network failure or a restart would): the server frees the lock, a second
 * runner may take the job, and the first runner's later state writes are refused instead of
 * interleaving with the second's.
 */
class AdvisoryLockLossTest {

  private final String prefix = TestDatabase.freshPrefix("ll");

  private JdbcSyncStateStore store() {
    return JdbcSyncStateStore.builder(TestDatabase.dataSource()).tablePrefix(prefix).build();
  }

  private static SyncLink link(String source, String target) {
    return new SyncLink(source, target, "hs", "ht", Map.of("Name", source));
  }

  @Test
  void aRunWhoseLockSessionEndedWritesNothingMoreAndTheJobIsFreeForTheNextRunner() {
    JdbcSyncStateStore first = store();
    SyncLock lock = first.lock("job", Duration.ZERO);
    first.saveLinks("job", List.of(link("s1", "t1")));

    dropTheSessionHolding("job");

    JdbcSyncStateStore second = store();
    try (SyncLock taken = second.lock("job", Duration.ofMinutes(1))) {
      assertThatThrownBy(() -> first.saveLinks("job", List.of(link("s2", "t2"))))
          .isInstanceOf(SyncStateException.class)
          .hasMessageContaining("lock of sync job job was lost");
      assertThatThrownBy(
              () -> first.saveCheckpoint("job", SyncSide.SOURCE, Checkpoint.parse("c-9")))
          .isInstanceOf(SyncStateException.class);
      assertThatThrownBy(
              () -> first.savePending("job", List.of(PendingRecord.retry(SyncSide.SOURCE, "s3"))))
          .isInstanceOf(SyncStateException.class);
      assertThatThrownBy(() -> first.removeLinks("job", List.of(link("s1", "t1"))))
          .isInstanceOf(SyncStateException.class);

      second.saveLinks("job", List.of(link("s4", "t4")));
      assertThat(second.links("job", SyncSide.SOURCE, List.of("s1", "s2", "s4")))
          .containsOnlyKeys("s1", "s4");
      assertThat(second.checkpoint("job", SyncSide.SOURCE)).isEmpty();
      assertThat(second.pending("job")).isEmpty();
    }
    lock.close();
    first.saveLinks("other job", List.of(link("s5", "t5")));
    try (SyncLock again = first.lock("job", Duration.ZERO)) {
      first.saveLinks("job", List.of(link("s6", "t6")));
    }
    assertThat(first.links("job", SyncSide.SOURCE, List.of("s6"))).containsOnlyKeys("s6");
  }

  @Test
  void aHeldLockDoesNotStopItsOwnRunnersWrites() {
    JdbcSyncStateStore store = store();
    try (SyncLock lock = store.lock("job", Duration.ZERO)) {
      store.saveLinks("job", List.of(link("s1", "t1")));
      store.saveCheckpoint("job", SyncSide.TARGET, Checkpoint.parse("c-1"));
      store.savePending("job", List.of(PendingRecord.retry(SyncSide.SOURCE, "s2")));
      store.removePending("job", List.of(PendingRecord.retry(SyncSide.SOURCE, "s2")));
      store.removeLinks("job", List.of(link("s1", "t1")));
    }
    assertThat(store.checkpoint("job", SyncSide.TARGET)).isPresent();
  }

  /** Ends the server session that holds the job's advisory lock, as a dropped connection does. */
  private void dropTheSessionHolding(String job) {
    long key = LockKeys.of("job:" + prefix + ":" + job);
    TestDatabase.execute(
        "SELECT pg_terminate_backend(pid, 60000) FROM pg_locks WHERE locktype = 'advisory'"
            + " AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = "
            + key);
  }
}
