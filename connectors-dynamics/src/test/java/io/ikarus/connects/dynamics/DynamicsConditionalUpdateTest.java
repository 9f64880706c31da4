package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.contract.RecordingScheduler;
import io.ikarus.connects.error.PreconditionFailedException;
import io.ikarus.connects.testkit.FakeDynamics;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code updateAllIfUnchanged} on Dataverse: each record's {@code PATCH} in the {@code $batch}
 * carries {@code If-Match} with the {@code @odata.etag} it was read with (Web API "Perform
 * conditional operations"); a row changed since answers 412 (0x80060882) and fails alone, the
 * others are written. The bulk message UpdateMultiple takes no per-record condition, so a
 * conditional chunk goes through {@code $batch} even where the table has it.
 */
class DynamicsConditionalUpdateTest {

  private static final String BATCH = DynamicsFixture.API + "/$batch";

  private final FakeDynamics fake = DynamicsFixture.start();
  private final RecordingScheduler scheduler = new RecordingScheduler(100);
  private final DynamicsConnector crm = DynamicsFixture.secret(fake, scheduler).build();

  @AfterEach
  void stop() {
    crm.close();
    scheduler.shutdownNow();
    fake.close();
  }

  @Test
  void aRowChangedSinceReadFailsAloneAndTheOthersAreWritten() {
    List<String> ids =
        List.of(
            fake.insert("accounts", Map.of("name", "Ada")),
            fake.insert("accounts", Map.of("name", "Bob")),
            fake.insert("accounts", Map.of("name", "Cy")));
    List<CrmRecord> read = ids.stream().map(id -> crm.get("accounts", id).join()).toList();
    assertThat(read).allSatisfy(r -> assertThat(r.version()).matches("W/\"\\d+\""));

    crm.update("accounts", ids.get(1), Map.of("description", "edited by a user")).join();
    fake.journal().clear();

    List<CrmRecord> changes =
        read.stream()
            .map(
                r ->
                    new CrmRecord(
                        "accounts",
                        r.id(),
                        Map.of("description", "from the sync"),
                        r.modifiedAt(),
                        r.version()))
            .toList();
    BatchResult result = crm.updateAllIfUnchanged("accounts", changes).join();

    assertThat(result.succeeded()).extracting(RecordResult::index).containsExactly(0, 2);
    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1);
    RecordResult refused = result.failed().get(0);
    assertThat(refused.error()).isInstanceOf(PreconditionFailedException.class);
    assertThat(refused.error().vendorCode()).isEqualTo("0x80060882");
    assertThat(refused.isOutcomeUnknown()).isFalse();

    assertThat(fake.record("accounts", ids.get(0)).orElseThrow())
        .containsEntry("description", "from the sync");
    assertThat(fake.record("accounts", ids.get(1)).orElseThrow())
        .containsEntry("description", "edited by a user");
    assertThat(fake.record("accounts", ids.get(2)).orElseThrow())
        .containsEntry("description", "from the sync");

    List<RecordedCall> batches = fake.journal().calls("POST", BATCH);
    assertThat(batches).isNotEmpty();
    String sent = String.join("\n", batches.stream().map(RecordedCall::body).toList());
    for (CrmRecord r : read) {
      assertThat(sent)
          .as("the etag read, in the PATCH of %s", r.id())
          .contains("If-Match: " + r.version());
    }
    assertThat(sent).doesNotContain("If-Match: *");
    assertThat(fake.journal().calls("POST", DynamicsFixture.API + "/accounts/")).isEmpty();
  }

  @Test
  void aRecordWithoutVersionIsUpdatedWithIfMatchStar() {
    String id = fake.insert("accounts", Map.of("name", "Ada"));
    fake.journal().clear();

    BatchResult result =
        crm.updateAllIfUnchanged(
                "accounts",
                List.of(new CrmRecord("accounts", id, Map.of("description", "synced"), null, null)))
            .join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(fake.journal().calls("POST", BATCH).get(0).body()).contains("If-Match: *");
    assertThat(fake.record("accounts", id).orElseThrow()).containsEntry("description", "synced");
  }

  @Test
  void capabilitiesOfferConditionalUpdates() {
    assertThat(crm.capabilities().conditionalUpdates()).isTrue();
  }
}
