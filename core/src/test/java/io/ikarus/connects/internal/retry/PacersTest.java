package io.ikarus.connects.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.resilience.RateLimitSettings.Bucket;
import io.ikarus.connects.resilience.RateLimitSettings.Kind;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bucket models on a hand-driven clock (nanos), as the gate drives them. */
class PacersTest {

  private static final long MS = 1_000_000L;
  private static final long MAX = Duration.ofMinutes(10).toNanos();

  private static Pacer pacer(long permits, long periodMs, Kind kind) {
    return Pacers.of(new Bucket(permits, Duration.ofMillis(periodMs), kind));
  }

  /** Reserves, releases at once when due, and returns the grant. */
  private static Grant sendAt(Pacer pacer, long now) {
    Grant g = pacer.reserve(1, now, MAX);
    g.sent(now + g.waitNanos());
    return g;
  }

  @Nested
  class RollingWindow {

    @Test
    void aFreshWindowIsSpentAtOnceThenRequestsWaitForTheOldestToLeave() {
      Pacer p = pacer(10, 1000, Kind.WINDOW);
      for (int i = 0; i < 10; i++) {
        Grant g = sendAt(p, i * MS);
        assertThat(g.waitNanos()).isZero();
        g.settle(i * MS + 40 * MS);
      }

      Grant eleventh = p.reserve(1, 50 * MS, MAX);

      // the first answer arrived at 40 ms: its permit leaves the window at 1,040 ms
      assertThat(eleventh.waitNanos()).isEqualTo(990 * MS);
    }

    @Test
    void aPermitCountsUntilItsAnswerArrivesNotFromWhenItWasDue() {
      Pacer p = pacer(2, 1000, Kind.WINDOW);
      Grant slow = sendAt(p, 0);
      Grant fast = sendAt(p, 0);
      fast.settle(30 * MS);
      Grant third = p.reserve(1, 40 * MS, MAX);
      assertThat(third.waitNanos()).isEqualTo(990 * MS);

      // the slow answer is still out when the third is due: the vendor may count it late, hold on
      assertThat(third.hold(1030 * MS)).isZero();
      Grant fourth = p.reserve(1, 1030 * MS, MAX);
      third.sent(1030 * MS);
      assertThat(fourth.hold(1040 * MS)).isPositive();
      slow.settle(1100 * MS);
      assertThat(fourth.hold(1200 * MS)).isEqualTo(900 * MS);
      assertThat(fourth.hold(2100 * MS)).isZero();
    }

    @Test
    void aCancelledReservationGivesItsPermitBack() {
      Pacer p = pacer(1, 1000, Kind.WINDOW);
      Grant never = p.reserve(1, 0, MAX);
      never.settle(5 * MS);

      assertThat(p.reserve(1, 5 * MS, MAX).waitNanos()).isZero();
    }

    @Test
    void aLowVendorReportOfARollingWindowDoesNotSlowAWholePeriod() {
      // the finding behind issue 15: a low remaining count was spread until the reset as if the
      // window were fixed (6.6x the floor); a rolling window frees the oldest permits continuously
      Pacer p = pacer(100, 2000, Kind.WINDOW);
      for (int i = 0; i < 95; i++) {
        sendAt(p, i * 20 * MS).settle(i * 20 * MS + 10 * MS);
      }
      long now = 1900 * MS;
      // the vendor counts 98: three more than the model (another client, or a late count)
      assertThat(p.observe(new RateLimitStatus("default", 2, 100, Duration.ofSeconds(2)), now))
          .isTrue();

      List<Long> waits = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        waits.add(p.reserve(1, now, MAX).waitNanos());
      }

      assertThat(waits.subList(0, 2)).containsOnly(0L);
      // the unseen three leave with the oldest permit (answered at 10 ms): 2,010 ms
      assertThat(waits.get(2)).isEqualTo(110 * MS);
      assertThat(waits.get(9)).isLessThanOrEqualTo(250 * MS);
    }

    @Test
    void aReportWithinTheModelChangesNothing() {
      Pacer p = pacer(10, 1000, Kind.WINDOW);
      sendAt(p, 0);
      p.observe(new RateLimitStatus("default", 9, 10, Duration.ofSeconds(1)), 10 * MS);

      for (int i = 0; i < 9; i++) {
        assertThat(p.reserve(1, 10 * MS, MAX).waitNanos()).isZero();
      }
    }

    @Test
    void beyondMaxWaitNothingIsReserved() {
      Pacer p = pacer(1, 1000, Kind.WINDOW);
      sendAt(p, 0);

      assertThat(p.reserve(1, 0, 500 * MS)).isNull();
      assertThat(p.reserve(1, 0, MAX).waitNanos()).isEqualTo(1000 * MS);
    }
  }

  @Nested
  class Budget {

    @Test
    void aFreshBudgetIsSpentAtOnce() {
      Pacer p = pacer(1000, 60_000, Kind.BUDGET);
      for (int i = 0; i < 10; i++) {
        assertThat(p.reserve(100, i * MS, MAX).waitNanos()).isZero();
      }
    }

    @Test
    void everyRequestQueuedBehindAnExhaustedBudgetWaitsForTheReset() {
      // the bug: the first queued request moved the model to the next window, so the second one
      // was let through at once into the spent window
      Pacer p = pacer(1000, 60_000, Kind.BUDGET);
      p.reserve(1000, 0, MAX);

      List<Long> waits = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        waits.add(p.reserve(100, 10 * MS, MAX).waitNanos());
      }

      assertThat(waits.subList(0, 10)).containsOnly(59_990 * MS);
      assertThat(waits.subList(10, 15)).containsOnly(119_990 * MS);
    }

    @Test
    void theResetTheVendorAnnouncedIsWaitedFor() {
      Pacer p = pacer(1000, 60_000, Kind.BUDGET);
      p.reserve(100, 0, MAX);
      // the vendor's window began earlier (another client): 200 left, reset in 20 s
      p.observe(new RateLimitStatus("complexity", 200, 1000, Duration.ofSeconds(20)), 100 * MS);

      assertThat(p.reserve(200, 100 * MS, MAX).waitNanos()).isZero();
      assertThat(p.reserve(200, 100 * MS, MAX).waitNanos()).isEqualTo(20_000 * MS);
    }

    @Test
    void aPlannedRequestIsHeldUntilItsWindowHasBegun() {
      Pacer p = pacer(1000, 60_000, Kind.BUDGET);
      p.reserve(1000, 0, MAX);
      Grant next = p.reserve(1000, 0, MAX);
      Grant after = p.reserve(1000, 0, MAX);
      assertThat(after.waitNanos()).isEqualTo(120_000 * MS);

      // the second window opens with its first request, at 60.5 s, so it ends at 120.5 s
      assertThat(next.hold(60_500 * MS)).isZero();
      p.observe(new RateLimitStatus("complexity", 0, 1000, Duration.ofSeconds(60)), 60_540 * MS);

      assertThat(after.hold(120_000 * MS)).isEqualTo(540 * MS);
      assertThat(after.hold(120_540 * MS)).isZero();
    }

    @Test
    void anAnswerFromTheWindowBeforeDoesNotUndoTheReset() {
      Pacer p = pacer(1000, 60_000, Kind.BUDGET);
      p.reserve(1000, 0, MAX);
      Grant next = p.reserve(500, 0, MAX);
      assertThat(next.hold(60_000 * MS)).isZero();
      // a late answer from the first window: spent, resetting "now"
      p.observe(new RateLimitStatus("complexity", 0, 1000, Duration.ZERO), 60_010 * MS);

      assertThat(p.reserve(500, 60_020 * MS, MAX).waitNanos()).isZero();
    }
  }
}
