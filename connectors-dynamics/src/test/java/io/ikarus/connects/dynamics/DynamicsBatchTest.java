package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DynamicsBatchTest extends FakeDynamicsSession {

  private static final String BATCH = DynamicsFixture.API + "/$batch";

  // These cases are about $batch: the table is one without CreateMultiple/UpdateMultiple (those
  // are in DynamicsBulkMessagesTest).
  @org.junit.jupiter.api.BeforeEach
  void tableWithoutBulkMessages() {
    fake.withoutBulkMessages("accounts");
  }

  @Test
  void fiveThousandRecordsTakeFiveBatchCalls() {
    BatchResult result = crm.createAll("accounts", accounts(5000)).join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.results())
        .extracting(RecordResult::id)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(fake.journal().count("POST", BATCH)).isEqualTo(5);
    assertThat(fake.journal().records("POST", BATCH)).isEqualTo(5000);
    assertThat(result.apiCalls())
        .as("5 batches, the one table lookup, one refused CreateMultiple")
        .isEqualTo(7);
    assertThat(fake.journal().count("POST", DynamicsFixture.API + "/accounts/")).isEqualTo(1);
    assertThat(fake.count("accounts")).isEqualTo(5000);
  }

  @Test
  void aBadRecordFailsAloneAndItsChangeSetIsResent() {
    List<Map<String, Object>> inputs = accounts(250);
    inputs.set(137, Map.of("name", "x".repeat(161)));

    BatchResult result = crm.createAll("accounts", inputs).join();

    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(137);
    ValidationException error = (ValidationException) result.results().get(137).error();
    assertThat(error.vendorCode()).isEqualTo("0x80044331");
    assertThat(error.fields()).containsExactly("name");
    assertThat(error.connector()).isEqualTo("dynamics");
    assertThat(fake.count("accounts")).isEqualTo(249);
    List<RecordedCall> batches = fake.journal().calls("POST", BATCH);
    assertThat(batches).extracting(RecordedCall::records).containsExactly(250, 99);
    assertThat(result.apiCalls()).as("lookup, CreateMultiple refused, 2 batches").isEqualTo(4);
  }

  @Test
  void aTooManyRequestsMidBatchIsWaitedOutWithoutDuplicates() {
    AtomicInteger batches = new AtomicInteger();
    fake.faults()
        .respondNext(
            1,
            c -> c.path().equals(BATCH) && batches.incrementAndGet() == 2,
            429,
            null,
            Map.of("Retry-After", "2"));

    BatchResult result = crm.createAll("accounts", accounts(3000)).join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(scheduler.longestDelay()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(fake.journal().filter(c -> c.path().equals(BATCH) && c.status() == 429)).hasSize(1);
    assertThat(result.apiCalls())
        .as("lookup, CreateMultiple refused, 3 batches, 1 retry")
        .isEqualTo(6);
    assertThat(fake.count("accounts")).isEqualTo(3000);
  }

  @Test
  void updateDeleteAndUpsertReportPerRecordInInputOrder() {
    String a = fake.insert("accounts", Map.of("name", "a", "accountnumber", "K-1"));
    String b = fake.insert("accounts", Map.of("name", "b"));

    BatchResult upserted =
        crm.upsertAll(
                "accounts",
                "accountnumber",
                List.of(
                    Map.of("accountnumber", "K-1", "name", "a2"),
                    Map.of("accountnumber", "K-2", "name", "n")))
            .join();
    BatchResult updated =
        crm.updateAll(
                "accounts",
                List.of(
                    io.ikarus.connects.CrmRecord.of("accounts", b, Map.of("name", "b2")),
                    io.ikarus.connects.CrmRecord.of(
                        "accounts",
                        "00000000-0000-0000-0000-000000000001",
                        Map.of("name", "ghost"))))
            .join();
    BatchResult deleted = crm.deleteAll("accounts", List.of(a, "not-a-guid")).join();

    assertThat(upserted.results()).extracting(RecordResult::created).containsExactly(false, true);
    assertThat(upserted.results().get(0).id()).isEqualTo(a);
    assertThat(updated.failed()).extracting(RecordResult::index).containsExactly(1);
    assertThat(updated.failed().get(0).error().vendorCode()).isEqualTo("0x80040217");
    assertThat(fake.record("accounts", b).orElseThrow()).containsEntry("name", "b2");
    assertThat(deleted.results()).extracting(RecordResult::isSuccess).containsExactly(true, false);
    assertThat(fake.record("accounts", a)).isEmpty();
  }

  private static List<Map<String, Object>> accounts(int n) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", "Account " + i);
      m.put("numberofemployees", i);
      list.add(m);
    }
    return list;
  }
}
