package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.PreconditionFailedException;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.RecordedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code updateAllIfUnchanged} on Salesforce: one {@code PATCH sobjects/Obj/id} per record with
 * {@code If-Unmodified-Since} set to the record's version (its SystemModstamp as read) as an HTTP
 * date, which Salesforce compares with the record's last modification (REST API developer guide,
 * "Conditional Request Headers"); a record changed after it was read answers 412 and fails alone.
 */
class SalesforceConditionalUpdateTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeSalesforce sf = FakeSalesforce.builder().clock(clock).start();
  private final SalesforceConnector crm = Fixtures.connector(sf);

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void aRecordChangedSinceReadFailsAloneAndTheOthersAreWritten() {
    List<String> ids =
        List.of(
            sf.insert("Account", Map.of("Name", "Ada")),
            sf.insert("Account", Map.of("Name", "Bob")),
            sf.insert("Account", Map.of("Name", "Cy")));
    clock.advance(Duration.ofSeconds(5));
    List<CrmRecord> read = ids.stream().map(id -> crm.get("Account", id).join()).toList();
    assertThat(read)
        .allSatisfy(r -> assertThat(r.version()).isEqualTo("2025-03-01T10:00:00.000+0000"));

    clock.advance(Duration.ofSeconds(5));
    crm.update("Account", ids.get(1), Map.of("Description", "edited by a user")).join();
    sf.journal().clear();

    List<CrmRecord> changes =
        read.stream()
            .map(
                r ->
                    new CrmRecord(
                        "Account",
                        r.id(),
                        Map.of("Description", "from the sync"),
                        r.modifiedAt(),
                        r.version()))
            .toList();
    BatchResult result = crm.updateAllIfUnchanged("Account", changes).join();

    assertThat(result.succeeded()).extracting(RecordResult::index).containsExactly(0, 2);
    assertThat(result.failed()).hasSize(1);
    RecordResult refused = result.failed().get(0);
    assertThat(refused.index()).isEqualTo(1);
    assertThat(refused.error()).isInstanceOf(PreconditionFailedException.class);
    assertThat(refused.isOutcomeUnknown()).isFalse();

    assertThat(sf.record("Account", ids.get(0)).orElseThrow())
        .containsEntry("Description", "from the sync");
    assertThat(sf.record("Account", ids.get(1)).orElseThrow())
        .containsEntry("Description", "edited by a user");
    assertThat(sf.record("Account", ids.get(2)).orElseThrow())
        .containsEntry("Description", "from the sync");

    List<RecordedCall> patches = sf.journal().calls("PATCH", sf.dataPath() + "/sobjects/Account/");
    assertThat(patches).hasSize(3);
    assertThat(patches)
        .extracting(c -> c.header("If-Unmodified-Since"))
        .containsOnly("Sat, 01 Mar 2025 10:00:00 GMT");
    assertThat(patches)
        .filteredOn(c -> c.status() == 412)
        .extracting(RecordedCall::path)
        .containsExactly(sf.dataPath() + "/sobjects/Account/" + ids.get(1));
    assertThat(patches).extracting(RecordedCall::status).containsExactlyInAnyOrder(204, 412, 204);
    assertThat(result.apiCalls()).isEqualTo(3);
  }

  @Test
  void aRecordWithoutVersionIsUpdatedUnconditionally() {
    String id = sf.insert("Account", Map.of("Name", "Ada"));
    clock.advance(Duration.ofSeconds(5));
    crm.update("Account", id, Map.of("Description", "edited")).join();
    sf.journal().clear();

    BatchResult result =
        crm.updateAllIfUnchanged(
                "Account",
                List.of(new CrmRecord("Account", id, Map.of("Description", "synced"), null, null)))
            .join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(sf.journal().calls().stream().map(c -> c.header("If-Unmodified-Since")))
        .containsOnlyNulls();
    assertThat(sf.record("Account", id).orElseThrow()).containsEntry("Description", "synced");
  }

  @Test
  void capabilitiesOfferConditionalUpdatesUnlessOptedOut() {
    assertThat(crm.capabilities().conditionalUpdates()).isTrue();
    try (SalesforceConnector plain = Fixtures.connector(sf, b -> b.conditionalUpdates(false))) {
      assertThat(plain.capabilities().conditionalUpdates()).isFalse();
    }
  }
}
