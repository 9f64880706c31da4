package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One owner per sync state: same-path stores, job locks in and across processes, reruns. */
class SyncLockTest {

  @TempDir Path dir;

  private final SyncFixture f = new SyncFixture();

  @Test
  void openingAnOpenPathReturnsTheSameStoreSoNeitherErasesTheOther() {
    FileSyncStateStore first = FileSyncStateStore.open(dir.resolve("state.json"));
    FileSyncStateStore second = FileSyncStateStore.open(dir.resolve("./state.json"));
    first.saveLinks("job", List.of(new SyncLink("s1", "t1", "a", "b", null)));
    second.saveCheckpoint("job", SyncSide.SOURCE, Checkpoint.parse("7"));
    first.saveCheckpoint("job", SyncSide.TARGET, Checkpoint.parse("8"));
    first.close();

    FileSyncStateStore reopened = FileSyncStateStore.open(dir.resolve("state.json"));
    assertThat(reopened).isNotSameAs(first);
    assertThat(reopened.links("job", SyncSide.SOURCE, List.of("s1"))).containsOnlyKeys("s1");
    assertThat(reopened.checkpoint("job", SyncSide.SOURCE)).contains(Checkpoint.parse("7"));
    assertThatThrownBy(() -> first.pending("job")).isInstanceOf(SyncStateException.class);
  }

  @Test
  void aRunCanBeChainedOnTheFutureOfThePreviousOne() {
    f.createA("ada@example.com", "Ada");
    SyncJob job = f.job(SyncDirection.BIDIRECTIONAL).build();

    SyncReport second = job.run().thenCompose(r -> job.run()).join();

    assertThat(second.isQuiet()).isTrue();
  }

  @Test
  void aSecondRunnerOfTheSameJobFailsFastAndAWaitingOneRunsAfter() throws Exception {
    f.createA("ada@example.com", "Ada");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SyncJob blocked = f.job(SyncDirection.PUSH).listener(blockOnStart(started, release)).build();
    SyncJob.Builder other =
        f.job(SyncDirection.PUSH)
            .executor(
                CompletableFuture.delayedExecutor(0, java.util.concurrent.TimeUnit.MILLISECONDS));
    CompletableFuture<SyncReport> first = inThread(blocked);
    started.await();

    assertThatThrownBy(() -> other.build().run().join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(SyncLockedException.class)
        .hasMessageContaining("test");
    assertThatThrownBy(() -> blocked.run().join()).hasCauseInstanceOf(SyncLockedException.class);
    CompletableFuture<SyncReport> waiting = other.lockWait(Duration.ofMinutes(1)).build().run();
    release.countDown();

    assertThat(first.join().target().created()).isEqualTo(1);
    assertThat(waiting.join().isQuiet()).isTrue();
  }

  @Test
  void theLockIsReleasedWhenARunFails() {
    SyncJob failing =
        f.job(SyncDirection.PUSH)
            .listener(
                new SyncListener() {
                  @Override
                  public void onStart(String job) {
                    throw new IllegalStateException("boom");
                  }
                })
            .build();
    assertThatThrownBy(() -> failing.run().join()).hasRootCauseMessage("boom");

    assertThat(f.run(SyncDirection.PUSH).failures()).isEmpty();
  }

  @Test
  void aFileStoreLockedByAnotherProcessFailsFastWithAClearError() throws IOException {
    Path state = dir.resolve("state.json");
    f.store = FileSyncStateStore.open(state);
    try (FileChannel ch =
            FileChannel.open(
                dir.resolve("state.json.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = ch.lock()) {
      assertThat(held.isValid()).isTrue();
      assertThatThrownBy(() -> f.run(SyncDirection.PUSH))
          .hasCauseInstanceOf(SyncLockedException.class)
          .hasMessageContaining("locked by another process");
    }
    assertThat(f.run(SyncDirection.PUSH).failures()).isEmpty();
  }

  private static SyncListener blockOnStart(CountDownLatch started, CountDownLatch release) {
    return new SyncListener() {
      @Override
      public void onStart(String job) {
        started.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  private static CompletableFuture<SyncReport> inThread(SyncJob job) {
    CompletableFuture<SyncReport> out = new CompletableFuture<>();
    Thread t = new Thread(() -> job.run().whenComplete((r, e) -> complete(out, r, e)));
    t.setDaemon(true);
    t.start();
    return out;
  }

  private static void complete(CompletableFuture<SyncReport> out, SyncReport r, Throwable e) {
    if (e != null) {
      out.completeExceptionally(e);
    } else {
      out.complete(r);
    }
  }
}
