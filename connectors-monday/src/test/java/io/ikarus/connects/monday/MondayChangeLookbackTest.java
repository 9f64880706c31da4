package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.testkit.FakeMonday;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The monday feed reads a lookback window again: an item whose {@code updated_at} is older than one
 * already handed out (a slow mutation, visible late) is caught, and nothing is handed out twice.
 */
class MondayChangeLookbackTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

  private final MutableClock clock = MutableClock.at(T);
  private final FakeMonday fake = FakeMonday.builder().clock(clock).start();
  private final MondayConnector monday = MondayFixture.connector(fake).build();

  @AfterEach
  void close() {
    monday.close();
    fake.close();
  }

  @Test
  void anItemStampedBeforeOneAlreadyReadIsCaughtAndNothingComesTwice() {
    String late = monday.create("leads", Map.of("name", "Late")).join().id();
    clock.set(T.plusSeconds(10));
    String early = monday.create("leads", Map.of("name", "Early")).join().id();
    Changes first = monday.changesSince("leads", Checkpoint.initial()).join();
    assertThat(first.upserts()).extracting(CrmRecord::id).contains(late, early);

    clock.set(T.plusSeconds(40));
    monday.update("leads", early, Map.of("numbers", 1)).join();
    Changes second = monday.changesSince("leads", first.checkpoint()).join();
    assertThat(second.upserts()).extracting(CrmRecord::id).containsExactly(early);
    clock.set(T.plusSeconds(20));
    monday.update("leads", late, Map.of("numbers", 2)).join();
    clock.set(T.plusSeconds(50));

    Changes third = monday.changesSince("leads", second.checkpoint()).join();
    Changes fourth = monday.changesSince("leads", third.checkpoint()).join();

    assertThat(third.upserts())
        .as("stamped 20 s before the newest item handed out: inside the 1-minute lookback")
        .extracting(CrmRecord::id)
        .containsExactly(late);
    assertThat(fourth.isEmpty()).isTrue();
  }

  @Test
  void withoutALookbackTheLateItemIsMissed() {
    try (MondayConnector none =
        MondayFixture.connector(fake).changeLookback(Duration.ZERO).build()) {
      String late = none.create("leads", Map.of("name", "Late")).join().id();
      clock.set(T.plusSeconds(40));
      String newer = none.create("leads", Map.of("name", "Newer")).join().id();
      Changes first = none.changesSince("leads", Checkpoint.initial()).join();
      clock.set(T.plusSeconds(20));
      none.update("leads", late, Map.of("numbers", 2)).join();
      clock.set(T.plusSeconds(50));

      Changes second = none.changesSince("leads", first.checkpoint()).join();

      assertThat(first.upserts()).extracting(CrmRecord::id).contains(late, newer);
      assertThat(second.upserts()).extracting(CrmRecord::id).doesNotContain(late);
    }
  }
}
