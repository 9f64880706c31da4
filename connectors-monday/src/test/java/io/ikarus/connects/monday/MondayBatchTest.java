package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.testkit.FakeMonday;
import io.ikarus.connects.testkit.MondayCall;
import java.time.Duration;
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
    long budget = 12_500_000L;
    Duration window = Duration.ofSeconds(1);
    try (FakeMonday fake = FakeMonday.builder().complexityBudget(budget, window).start();
        MondayConnector monday =
            MondayFixture.connector(fake).complexityBudget(budget, window).build()) {
      long start = System.nanoTime();

      BatchResult result = monday.createAll("leads", items(5000)).join();

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      long spent = fake.graphQlCalls().stream().mapToLong(c -> Math.max(0, c.complexity())).sum();
      assertThat(result.allSucceeded()).isTrue();
      assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(5000);
      assertThat(spent).isGreaterThan(4 * budget);
      assertThat(took)
          .as("the run waited for the budget to refill")
          .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
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
