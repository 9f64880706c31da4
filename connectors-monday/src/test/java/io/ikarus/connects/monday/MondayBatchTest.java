package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.testkit.FakeMonday;
import io.ikarus.connects.testkit.MondayCall;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batches are aliased mutations sized to the complexity limits, and long runs wait for budget. */
class MondayBatchTest {

  private static List<Map<String, Object>> items(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Map.<String, Object>of("name", "Item " + i, "numbers", i))
        .toList();
  }

  @Test
  void thousandItemsGoInRequestsOfAliasedMutationsWithinTheQueryLimit() {
    try (FakeMonday fake =
            FakeMonday.builder().complexityBudget(100_000_000L, Duration.ofSeconds(60)).start();
        MondayConnector monday =
            MondayFixture.connector(fake)
                .complexityBudget(100_000_000L, Duration.ofSeconds(60))
                .build()) {
      BatchResult result = monday.createAll("leads", items(1000)).join();

      assertThat(result.allSucceeded()).isTrue();
      assertThat(result.results())
          .extracting(RecordResult::index)
          .containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
      List<MondayCall> writes =
          fake.graphQlCalls().stream().filter(c -> c.count("create_item") > 0).toList();
      assertThat(writes).hasSize(20);
      assertThat(writes)
          .allSatisfy(
              c -> {
                assertThat(c.count("create_item")).isEqualTo(50);
                assertThat(c.complexity()).isBetween(500_000L, 5_000_000L);
                assertThat(c.errorCodes()).isEmpty();
              });
      assertThat(result.apiCalls()).isEqualTo(fake.journal().count());
      assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(1000);
    }
  }

  @Test
  void aRunLargerThanTheBudgetFinishesByWaiting() {
    // 5,000 items cost about 50M points: five times the 10M-per-minute budget of a personal
    // token. The connector's waits run in virtual time that the fake's clock follows.
    MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T10:00:00Z"));
    VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock);
    try (FakeMonday fake = FakeMonday.builder().clock(clock).start();
        MondayConnector monday =
            MondayFixture.connector(fake).options(MondayFixture.options(fake, scheduler)).build()) {
      BatchResult result = monday.createAll("leads", items(5000)).join();

      long spent = fake.graphQlCalls().stream().mapToLong(c -> Math.max(0, c.complexity())).sum();
      assertThat(result.allSucceeded()).isTrue();
      assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(5000);
      assertThat(spent).isGreaterThan(5 * 10_000_000L - 1_000_000L);
      assertThat(scheduler.waited())
          .as("waited for about four budget windows")
          .isGreaterThanOrEqualTo(Duration.ofMinutes(3));
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void largeBatchSizesAreCappedToThePerQueryLimit() {
    try (FakeMonday fake = FakeMonday.start()) {
      MondayConnector monday = MondayFixture.connector(fake).batchSize(10_000).build();
      assertThat(monday.capabilities().maxBatchSize()).isEqualTo(449);
      monday.close();
    }
  }
}
