package io.ikarus.connects.hubspot;

import static io.ikarus.connects.hubspot.FakeSetup.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Batch results reach their inputs whether or not HubSpot echoes {@code objectWriteTraceId}: the
 * fake omits it by default, as HubSpot's v3 reference examples do.
 */
class HubSpotBatchMappingTest {

  private static FakeHubSpot fake(boolean echo) {
    return FakeHubSpot.builder().echoTraceIds(echo).start();
  }

  @ParameterizedTest(name = "echoTraceIds={0}")
  @ValueSource(booleans = {false, true})
  void createAllMapsEveryWrittenRecordToItsInput(boolean echo) {
    try (FakeHubSpot fake = fake(echo);
        HubSpotConnector hubspot = FakeSetup.connector(fake).build()) {
      List<Map<String, Object>> inputs =
          List.of(
              Map.of("firstname", "Ann", "lastname", "A"),
              Map.of("no_such_property", "x"),
              Map.of("firstname", "Bob", "lastname", "B"),
              Map.of("firstname", "Ann", "lastname", "C"));

      BatchResult result = await(hubspot.createAll("contacts", inputs));

      assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1);
      assertThat(result.results().get(1).error()).isInstanceOf(ValidationException.class);
      for (int i : List.of(0, 2, 3)) {
        assertThat(fake.record("contacts", result.results().get(i).id()).orElseThrow())
            .containsEntry("lastname", (String) inputs.get(i).get("lastname"));
      }
    }
  }

  @ParameterizedTest(name = "echoTraceIds={0}")
  @ValueSource(booleans = {false, true})
  void createAllOfIdenticalInputsReportsEachWritten(boolean echo) {
    try (FakeHubSpot fake = fake(echo);
        HubSpotConnector hubspot = FakeSetup.connector(fake).build()) {
      Map<String, Object> same = Map.of("firstname", "Twin");

      BatchResult result = await(hubspot.createAll("contacts", List.of(same, same, same)));

      assertThat(result.allSucceeded()).isTrue();
      assertThat(result.results()).extracting(RecordResult::id).doesNotHaveDuplicates();
      assertThat(fake.count("contacts")).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "echoTraceIds={0}")
  @ValueSource(booleans = {false, true})
  void upsertAllMapsByTheIdPropertyValue(boolean echo) {
    try (FakeHubSpot fake = fake(echo);
        HubSpotConnector hubspot = FakeSetup.connector(fake).build()) {
      String existing = fake.insert("contacts", Map.of("email", "old@example.com"));
      List<Map<String, Object>> inputs = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        inputs.add(Map.of("email", "u" + i + "@example.com", "firstname", "U" + i));
      }
      inputs.add(Map.of("email", "OLD@example.com", "firstname", "Old"));
      inputs.add(Map.of("email", "bad@example.com", "lifecyclestage", "boss"));

      BatchResult result = await(hubspot.upsertAll("contacts", "email", inputs));

      assertThat(result.failed()).extracting(RecordResult::index).containsExactly(51);
      assertThat(result.results().get(50).id()).isEqualTo(existing);
      assertThat(result.results().get(50).created()).isFalse();
      for (int i = 0; i < 50; i++) {
        assertThat(result.results().get(i).created()).isTrue();
        assertThat(fake.record("contacts", result.results().get(i).id()).orElseThrow())
            .containsEntry("email", "u" + i + "@example.com");
      }
    }
  }

  @ParameterizedTest(name = "echoTraceIds={0}")
  @ValueSource(booleans = {false, true})
  void upsertOfOneRecordSucceeds(boolean echo) {
    try (FakeHubSpot fake = fake(echo);
        HubSpotConnector hubspot = FakeSetup.connector(fake).build()) {
      CrmRecord r = await(hubspot.upsert("contacts", "email", Map.of("email", "one@example.com")));

      assertThat(fake.record("contacts", r.id()).orElseThrow())
          .containsEntry("email", "one@example.com");
    }
  }
}
