package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** createAll/updateAll through CreateMultiple/UpdateMultiple, and the $batch fallback. */
class DynamicsBulkMessagesTest extends FakeDynamicsSession {

  private static final String BATCH = DynamicsFixture.API + "/$batch";
  private static final String CREATE =
      DynamicsFixture.API + "/accounts/Microsoft.Dynamics.CRM.CreateMultiple";
  private static final String UPDATE =
      DynamicsFixture.API + "/accounts/Microsoft.Dynamics.CRM.UpdateMultiple";

  @Test
  void fiveThousandCreatesTakeFiveCreateMultipleCalls() {
    BatchResult result = crm.createAll("accounts", accounts(5000)).join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.results())
        .extracting(RecordResult::id)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(fake.journal().count("POST", CREATE)).isEqualTo(5);
    assertThat(fake.journal().count("POST", BATCH)).isZero();
    assertThat(result.apiCalls()).as("5 messages and the one table lookup").isEqualTo(6);
    assertThat(fake.count("accounts")).isEqualTo(5000);
    String id = result.results().get(4321).id();
    assertThat(fake.record("accounts", id).orElseThrow()).containsEntry("name", "Account 4321");
    assertThat(fake.journal().calls("POST", CREATE).get(0).body())
        .contains("\"@odata.type\":\"Microsoft.Dynamics.CRM.account\"");
  }

  @Test
  void updatesTakeOneUpdateMultipleCallPerChunk() {
    String a = fake.insert("accounts", Map.of("name", "a"));
    String b = fake.insert("accounts", Map.of("name", "b"));

    BatchResult result =
        crm.updateAll(
                "accounts",
                List.of(
                    CrmRecord.of("accounts", a, Map.of("name", "a2")),
                    CrmRecord.of("accounts", b, Map.of("name", "b2"))))
            .join();

    assertThat(result.results()).extracting(RecordResult::id).containsExactly(a, b);
    assertThat(fake.journal().count("POST", UPDATE)).isEqualTo(1);
    assertThat(fake.journal().calls("POST", UPDATE).get(0).body()).contains("\"accountid\":\"" + a);
    assertThat(fake.record("accounts", b).orElseThrow()).containsEntry("name", "b2");
  }

  @Test
  void aRefusedChunkWritesNothingAndIsSentAgainThroughBatchForPerRecordResults() {
    List<Map<String, Object>> inputs = accounts(250);
    inputs.set(137, Map.of("name", "x".repeat(161)));

    BatchResult result = crm.createAll("accounts", inputs).join();

    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(137);
    assertThat(((ValidationException) result.results().get(137).error()).fields())
        .containsExactly("name");
    assertThat(fake.count("accounts")).as("no duplicates from the refused message").isEqualTo(249);
    assertThat(fake.journal().calls("POST", CREATE))
        .extracting(RecordedCall::status)
        .containsExactly(400);
    assertThat(fake.journal().count("POST", BATCH)).isEqualTo(2);

    crm.createAll("accounts", accounts(3)).join();
    assertThat(fake.journal().count("POST", CREATE))
        .as("the table still has the message")
        .isEqualTo(2);
  }

  @Test
  void aMissingRowInUpdateMultipleFallsBackWithoutForgettingTheMessage() {
    String b = fake.insert("accounts", Map.of("name", "b"));
    String ghost = "00000000-0000-0000-0000-000000000001";

    BatchResult result =
        crm.updateAll(
                "accounts",
                List.of(
                    CrmRecord.of("accounts", b, Map.of("name", "b2")),
                    CrmRecord.of("accounts", ghost, Map.of("name", "ghost"))))
            .join();
    crm.updateAll("accounts", List.of(CrmRecord.of("accounts", b, Map.of("name", "b3")))).join();

    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1);
    assertThat(result.failed().get(0).error().vendorCode()).isEqualTo("0x80040217");
    assertThat(fake.journal().count("POST", UPDATE)).isEqualTo(2);
    assertThat(fake.record("accounts", b).orElseThrow()).containsEntry("name", "b3");
  }

  @Test
  void aTableWithoutTheMessagesIsWrittenThroughBatchAndRemembered() {
    fake.withoutBulkMessages("accounts");

    BatchResult first = crm.createAll("accounts", accounts(10)).join();
    BatchResult second = crm.createAll("accounts", accounts(10)).join();

    assertThat(first.allSucceeded()).isTrue();
    assertThat(second.allSucceeded()).isTrue();
    assertThat(fake.journal().calls("POST", CREATE))
        .extracting(RecordedCall::status)
        .containsExactly(404);
    assertThat(fake.journal().count("POST", BATCH)).isEqualTo(2);
    assertThat(fake.count("accounts")).isEqualTo(20);
  }

  @Test
  void bulkMessagesCanBeTurnedOff() {
    try (DynamicsConnector batchOnly =
        DynamicsFixture.secret(fake, scheduler).bulkMessages(false).build()) {
      batchOnly.createAll("accounts", accounts(10)).join();
    }

    assertThat(fake.journal().count("POST", CREATE)).isZero();
    assertThat(fake.journal().count("POST", BATCH)).isEqualTo(1);
  }

  private static List<Map<String, Object>> accounts(int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Map.of("name", "Account " + i));
    }
    return out;
  }
}
