package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.FaultHook;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The scheduler on virtual time: intervals, jitter, backoff, one run at a time, graceful stop. */
class SyncSchedulerTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final VirtualTimer timer = new VirtualTimer();
  private final SyncFixture f = new SyncFixture();
  private final List<Instant> starts = new CopyOnWriteArrayList<>();
  private final List<Runnable> parked = new ArrayList<>();

  private SyncScheduler.Builder scheduler() {
    return SyncScheduler.builder().timer(timer).clock(timer.clock).random(new Random(7));
  }

  private SyncJob.Builder job() {
    return f.job(SyncDirection.PUSH)
        .listener(
            new SyncListener() {
              @Override
              public void onStart(String job) {
                starts.add(timer.now());
              }
            });
  }

  private List<Duration> gaps() {
    List<Duration> out = new ArrayList<>();
    for (int i = 1; i < starts.size(); i++) {
      out.add(Duration.between(starts.get(i - 1), starts.get(i)));
    }
    return out;
  }

  @Test
  void runsAJobEveryIntervalSpreadByJitterAndShowsItsLastReportAndNextRun() {
    SyncScheduler s = scheduler().jitter(0.1).build();
    f.createA("ada@example.com", "Ada");
    s.schedule(job().build(), MINUTE);

    timer.advance(Duration.ofMinutes(30));

    assertThat(starts).hasSizeBetween(27, 33);
    assertThat(gaps())
        .allSatisfy(g -> assertThat(g).isBetween(Duration.ofSeconds(54), Duration.ofSeconds(66)));
    assertThat(gaps()).doesNotHaveDuplicates();
    ScheduledJobStatus status = s.status("test").orElseThrow();
    assertThat(status.report()).isPresent();
    assertThat(status.lastError()).isNull();
    assertThat(status.running()).isFalse();
    assertThat(status.nextRun())
        .isAfter(timer.now())
        .isBefore(timer.now().plus(Duration.ofSeconds(67)));
    assertThat(f.bs()).hasSize(1);
  }

  @Test
  void aFailingJobBacksOffDoublingUpToTheCapAndResumesItsIntervalAfterASuccess() {
    SyncScheduler s = scheduler().jitter(0).maxBackoff(Duration.ofMinutes(8)).build();
    boolean[] broken = {true};
    f.a.faults(
        new FaultHook() {
          @Override
          public CrmException beforeCall(Call call) {
            return broken[0] && call.operation().equals("changesSince")
                ? new ServerException(
                    "down", ErrorContext.of("a", "changesSince").withResponse(503, null, null))
                : null;
          }
        });
    s.schedule(job().build(), MINUTE);

    timer.advance(Duration.ofMinutes(31));
    ScheduledJobStatus failing = s.status("test").orElseThrow();
    broken[0] = false;
    timer.advance(Duration.ofMinutes(12));

    assertThat(gaps())
        .startsWith(
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(8),
            Duration.ofMinutes(8));
    assertThat(failing.consecutiveFailures()).as("at 0, 2, 6, 14, 22, 30 minutes").isEqualTo(6);
    assertThat(failing.lastError()).isInstanceOf(ServerException.class);
    assertThat(failing.report()).isEmpty();
    ScheduledJobStatus healed = s.status("test").orElseThrow();
    assertThat(healed.consecutiveFailures()).isZero();
    assertThat(healed.report()).isPresent();
    assertThat(gaps().subList(gaps().size() - 2, gaps().size())).containsOnly(MINUTE);
  }

  @Test
  void aJobRunningElsewhereIsTriedAgainNextIntervalWithoutBackoff() {
    SyncScheduler s = scheduler().jitter(0).build();
    int[] tries = {0};
    f.store =
        (SyncStateStore)
            Proxy.newProxyInstance(
                SyncStateStore.class.getClassLoader(),
                new Class<?>[] {SyncStateStore.class},
                (proxy, method, args) -> {
                  tries[0]++;
                  throw new SyncLockedException("test", "sync job test is running elsewhere");
                });
    s.schedule(job().build(), MINUTE);

    timer.advance(Duration.ofMinutes(5));

    assertThat(tries[0]).as("at 0, 1, ... 5 minutes").isEqualTo(6);
    ScheduledJobStatus status = s.status("test").orElseThrow();
    assertThat(status.consecutiveFailures()).isZero();
    assertThat(status.lastError()).isInstanceOf(SyncLockedException.class);
  }

  @Test
  void aJobIsNeverStartedAgainWhileItsRunIsInProgress() {
    SyncScheduler s = scheduler().jitter(0).build();
    s.schedule(job().executor(parked::add).build(), MINUTE);

    timer.advance(Duration.ofMinutes(10));

    assertThat(parked).hasSize(1);
    ScheduledJobStatus status = s.status("test").orElseThrow();
    assertThat(status.running()).isTrue();
    assertThat(status.nextRun()).isNull();
    parked.get(0).run();
    assertThat(s.status("test").orElseThrow().nextRun()).isEqualTo(timer.now().plus(MINUTE));
    timer.advance(MINUTE);
    assertThat(parked).hasSize(2);
  }

  @Test
  void stopStartsNothingNewAndCompletesWhenTheRunInProgressEnds() {
    List<String> heard = new CopyOnWriteArrayList<>();
    SyncScheduler s =
        scheduler()
            .jitter(0)
            .listener(
                new SyncListener() {
                  @Override
                  public void onStart(String job) {
                    heard.add("start " + job);
                  }

                  @Override
                  public void onFinish(SyncReport report) {
                    heard.add("finish " + report.job());
                  }
                })
            .build();
    s.schedule(job().executor(parked::add).build(), MINUTE);
    timer.advance(MINUTE);

    CompletableFuture<Void> stopped = s.stop();
    assertThat(stopped).isNotDone();
    parked.get(0).run();

    assertThat(stopped).isDone();
    timer.advance(Duration.ofMinutes(10));
    assertThat(parked).hasSize(1);
    assertThat(heard).containsExactly("start test", "finish test");
    assertThat(s.status("test").orElseThrow().nextRun()).isNull();
    assertThatThrownBy(() -> s.schedule(job().name("other").build(), MINUTE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aJobNameIsScheduledOnce() {
    SyncScheduler s = scheduler().build();
    s.schedule(job().build(), MINUTE);

    assertThatThrownBy(() -> s.schedule(job().build(), MINUTE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sync job test is scheduled already");
    assertThat(s.statuses()).extracting(ScheduledJobStatus::job).containsExactly("test");
  }
}
