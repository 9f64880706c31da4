package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Alternate-key values Dataverse cannot take in a URL ({@code / < > * % & : \ ? +}, per "Work with
 * alternate keys") upsert by a query and the row's GUID; others travel encoded in the path.
 */
class DynamicsKeyValuesTest extends FakeDynamicsSession {

  @Test
  void upsertOfAKeyWithReservedCharactersCreatesThenUpdatesOneRow() {
    String key = "A/B & C+D 100%";
    CrmRecord first =
        crm.upsert("accounts", "accountnumber", Map.of("accountnumber", key, "name", "one")).join();
    CrmRecord again =
        crm.upsert("accounts", "accountnumber", Map.of("accountnumber", key, "name", "two")).join();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(fake.count("accounts")).isEqualTo(1);
    assertThat(fake.record("accounts", first.id()).orElseThrow())
        .containsEntry("accountnumber", key)
        .containsEntry("name", "two");
  }

  @Test
  void upsertAllMixesPathKeysAndQueriedKeysInInputOrder() {
    String existing = fake.insert("accounts", Map.of("name", "old", "accountnumber", "X:1"));
    List<Map<String, Object>> input =
        List.of(
            Map.of("accountnumber", "\u00e9t\u00e9 1", "name", "a"),
            Map.of("accountnumber", "X:1", "name", "b"),
            Map.of("accountnumber", "Q?2", "name", "c"));

    BatchResult result = crm.upsertAll("accounts", "accountnumber", input).join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.results())
        .extracting(RecordResult::created)
        .containsExactly(true, false, true);
    assertThat(result.results().get(1).id()).isEqualTo(existing);
    assertThat(fake.record("accounts", existing).orElseThrow()).containsEntry("name", "b");
    assertThat(fake.count("accounts")).isEqualTo(3);
  }

  @Test
  void aKeyValueDifferingOnlyInCaseIsADuplicateAsAtDataverse() {
    fake.insert("accounts", Map.of("name", "first", "accountnumber", "K-1"));

    assertThatThrownBy(
            () -> crm.create("accounts", Map.of("name", "again", "accountnumber", "k-1")).join())
        .hasCauseInstanceOf(CrmException.class);
    CrmRecord other =
        crm.create("accounts", Map.of("name", "other", "accountnumber", "K-2")).join();

    assertThat(fake.count("accounts")).isEqualTo(2);
    assertThat(fake.record("accounts", other.id()).orElseThrow()).containsEntry("name", "other");
  }
}
