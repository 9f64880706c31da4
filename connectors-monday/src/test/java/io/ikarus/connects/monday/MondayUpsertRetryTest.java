package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An upsert by key is idempotent in effect: when its answer is lost after monday applied it, it is
 * sent again (looked up again first) instead of being reported failed or creating a duplicate.
 */
class MondayUpsertRetryTest extends MondayTestSupport {

  @Test
  void anUpsertBatchWhoseCreateAnswerWasLostIsResolvedWithoutDuplicates() {
    fake.faults().dropConnectionNext(1, c -> c.body() != null && c.body().contains("create_item"));

    BatchResult result =
        monday
            .upsertAll(
                "leads",
                "email",
                List.of(
                    Map.of("name", "A", "email", "a@x.com"),
                    Map.of("name", "B", "email", "b@x.com")))
            .join();

    assertThat(result.failed()).isEmpty();
    assertThat(result.outcomeUnknown()).isEmpty();
    assertThat(result.allSucceeded()).isTrue();
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(2);
  }

  @Test
  void anUpsertBatchWhoseUpdateAnswerWasLostIsRetried() {
    monday.create("leads", Map.of("name", "Old", "email", "a@x.com")).join();
    fake.faults()
        .dropConnectionNext(
            1, c -> c.body() != null && c.body().contains("change_multiple_column_values"));

    BatchResult result =
        monday
            .upsertAll("leads", "email", List.of(Map.of("name", "New", "email", "a@x.com")))
            .join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(1);
  }

  @Test
  void aSingleUpsertWhoseCreateAnswerWasLostIsResolvedWithoutDuplicates() {
    fake.faults().dropConnectionNext(1, c -> c.body() != null && c.body().contains("create_item"));

    CrmRecord upserted =
        monday.upsert("leads", "email", Map.of("name", "A", "email", "a@x.com")).join();

    assertThat(upserted.field("name")).isEqualTo("A");
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(1);
  }
}
