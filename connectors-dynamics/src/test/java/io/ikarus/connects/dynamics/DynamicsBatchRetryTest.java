package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.testkit.FakeDynamics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code $batch} of upserts (PATCH by alternate key) is idempotent in effect: a lost answer or a
 * 502/503/504 is retried, not reported as failed or outcome-unknown.
 */
class DynamicsBatchRetryTest {

  private static final String BATCH = DynamicsFixture.API + "/$batch";

  private final FakeDynamics fake = DynamicsFixture.start();
  private final DynamicsConnector crm = DynamicsFixture.secret(fake, null).build();

  @AfterEach
  void stop() {
    crm.close();
    fake.close();
  }

  private static List<Map<String, Object>> keyed(int n) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(Map.of("accountnumber", "K-" + i, "name", "n" + i));
    }
    return rows;
  }

  @Test
  void anUpsertBatchWhoseAnswerWasLostIsSentAgain() {
    fake.faults().dropConnectionNext(1, c -> c.path().equals(BATCH));

    BatchResult result = crm.upsertAll("accounts", "accountnumber", keyed(5)).join();

    assertThat(result.failed()).isEmpty();
    assertThat(result.outcomeUnknown()).isEmpty();
    assertThat(result.allSucceeded()).isTrue();
    assertThat(fake.count("accounts")).isEqualTo(5);
    assertThat(fake.journal().filter(c -> c.path().equals(BATCH))).hasSize(2);
  }

  @Test
  void anUpsertBatchAnswered502IsSentAgain() {
    fake.faults().respondNext(1, c -> c.path().equals(BATCH), 502, null, Map.of());

    BatchResult result = crm.upsertAll("accounts", "accountnumber", keyed(3)).join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(fake.count("accounts")).isEqualTo(3);
  }

  @Test
  void aCreateBatchWhoseAnswerWasLostIsOutcomeUnknownNotFailed() {
    fake.withoutBulkMessages("accounts");
    fake.faults().dropConnectionNext(1, c -> c.path().equals(BATCH));

    BatchResult result = crm.createAll("accounts", keyed(3)).join();

    assertThat(result.failed()).isEmpty();
    assertThat(result.outcomeUnknown()).hasSize(3);
    assertThat(fake.count("accounts")).isEqualTo(3);
    assertThat(fake.journal().filter(c -> c.path().equals(BATCH))).hasSize(1);
  }

  @Test
  void aCreateMultipleWhoseAnswerWasLostIsOutcomeUnknownNotFailed() {
    String createMultiple = DynamicsFixture.API + "/accounts/Microsoft.Dynamics.CRM.CreateMultiple";
    fake.faults().dropConnectionNext(1, c -> c.path().equals(createMultiple));

    BatchResult result = crm.createAll("accounts", keyed(3)).join();

    assertThat(result.failed()).isEmpty();
    assertThat(result.outcomeUnknown()).hasSize(3);
    assertThat(fake.count("accounts")).isEqualTo(3);
    assertThat(fake.journal().filter(c -> c.path().equals(createMultiple))).hasSize(1);
  }
}
