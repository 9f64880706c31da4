package io.ikarus.connects.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncLockedException;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One runner per job, with advisory locks and with lock rows, on a real PostgreSQL. */
class JdbcLockTest {

  private final String prefix = TestDatabase.freshPrefix("lk");
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));

  private JdbcSyncStateStore store(boolean lockRows) {
    return JdbcSyncStateStore.builder(TestDatabase.dataSource())
        .tablePrefix(prefix)
        .lockRows(lockRows)
        .lockLease(Duration.ofMinutes(10))
        .clock(clock)
        .build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSecondRunnerOfTheSameJobFailsFastUntilTheFirstLetsGo(boolean lockRows) {
    JdbcSyncStateStore one = store(lockRows);
    JdbcSyncStateStore other = store(lockRows);
    SyncLock first = one.lock("job", Duration.ZERO);

    assertThatThrownBy(() -> other.lock("job", Duration.ZERO))
        .isInstanceOf(SyncLockedException.class)
        .hasMessageContaining("sync job job is already running elsewhere")
        .satisfies(e -> assertThat(((SyncLockedException) e).job()).isEqualTo("job"));
    other.lock("another job", Duration.ZERO).close();

    first.close();
    first.close();
    other.lock("job", Duration.ZERO).close();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aRunnerThatAsksToWaitGetsTheLockWhenItIsReleased(boolean lockRows) throws Exception {
    JdbcSyncStateStore store = store(lockRows);
    SyncLock first = store.lock("job", Duration.ZERO);
    CompletableFuture<SyncLock> second =
        CompletableFuture.supplyAsync(() -> store.lock("job", Duration.ofMinutes(1)));

    first.close();

    second.get(1, TimeUnit.MINUTES).close();
  }

  @Test
  void aLockRowWhoseLeaseRanOutIsTakenOver() {
    JdbcSyncStateStore store = store(true);
    store.lock("job", Duration.ZERO); // a runner that dies without releasing

    assertThatThrownBy(() -> store.lock("job", Duration.ZERO))
        .isInstanceOf(SyncLockedException.class);
    clock.advance(Duration.ofMinutes(11));
    store.lock("job", Duration.ZERO).close();
  }

  @Test
  void anAdvisoryLockIsPerTablePrefix() {
    SyncLock held = store(false).lock("job", Duration.ZERO);
    JdbcSyncStateStore elsewhere =
        JdbcSyncStateStore.builder(TestDatabase.dataSource())
            .tablePrefix(TestDatabase.freshPrefix("lk"))
            .build();

    elsewhere.lock("job", Duration.ZERO).close();
    held.close();
  }
}
