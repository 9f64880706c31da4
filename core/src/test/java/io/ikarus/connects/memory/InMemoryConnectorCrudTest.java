package io.ikarus.connects.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class InMemoryConnectorCrudTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
  private final InMemoryConnector crm =
      InMemoryConnector.builder().name("crm").idPrefix("c").clock(clock).build();

  @Test
  void createGetUpdateDeleteRoundTrip() {
    CrmRecord created = crm.create("Contact", Map.of("Email", "a@x.com")).join();
    assertThat(created.id()).isEqualTo("c1");
    assertThat(created.modifiedAt()).isEqualTo(clock.instant());

    CrmRecord updated = crm.update("Contact", "c1", Map.of("Phone", "123")).join();
    assertThat(updated.fields()).containsEntry("Email", "a@x.com").containsEntry("Phone", "123");
    assertThat(crm.get("Contact", "c1").join()).isEqualTo(updated);

    crm.delete("Contact", "c1").join();
    assertThatThrownBy(() -> crm.get("Contact", "c1").join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("[crm get]")
        .hasMessageContaining("c1");
  }

  @Test
  void nullFieldValuesAreKept() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("Phone", null);
    CrmRecord r = crm.create("Contact", fields).join();
    assertThat(crm.get("Contact", r.id()).join().fields()).containsEntry("Phone", null);
  }

  @Test
  void updateAndDeleteOfMissingRecordFailWithNotFound() {
    assertThat(crm.update("Contact", "nope", Map.of("A", 1))).isCompletedExceptionally();
    assertThatThrownBy(() -> crm.delete("Contact", "nope").join())
        .cause()
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void upsertCreatesThenUpdatesByKey() {
    CrmRecord first = crm.upsert("Contact", "Ext", Map.of("Ext", "k1", "Name", "Ada")).join();
    CrmRecord second = crm.upsert("Contact", "Ext", Map.of("Ext", "k1", "Name", "Bea")).join();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(crm.records("Contact")).hasSize(1);
    assertThat(crm.records("Contact").get(0).field("Name")).isEqualTo("Bea");
  }

  @Test
  void upsertWithoutKeyValueNamesTheKeyField() {
    assertThatThrownBy(() -> crm.upsert("Contact", "Ext", Map.of("Name", "Ada")).join())
        .cause()
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("Ext"));
  }

  @Test
  void declaredSchemaIsDescribedAndEnforced() {
    ObjectSchema schema =
        new ObjectSchema(
            "Lead",
            "Lead",
            "Id",
            List.of(
                new FieldSchema(
                    "LastName", null, FieldType.STRING, null, true, true, true, false, null),
                FieldSchema.of("Email", FieldType.EMAIL)));
    InMemoryConnector strict = InMemoryConnector.builder().schema(schema).build();

    assertThat(strict.describe("Lead").join()).isEqualTo(schema);
    assertThatThrownBy(() -> strict.create("Lead", Map.of("Emial", "a@x.com")).join())
        .cause()
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("Emial", "LastName"));
    assertThatThrownBy(() -> strict.describe("Account").join())
        .cause()
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void closedConnectorRefusesCalls() {
    crm.close();
    assertThatThrownBy(() -> crm.create("Contact", Map.of()).join())
        .cause()
        .isInstanceOf(ConnectionException.class);
  }

  @Test
  void journalRecordsEveryCall() {
    crm.create("Contact", Map.of("A", 1)).join();
    crm.get("Contact", "c1").join();
    assertThat(crm.journal())
        .extracting(Call::operation, Call::object, Call::records)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("create", "Contact", 1),
            org.assertj.core.groups.Tuple.tuple("get", "Contact", 0));
    assertThat(crm.writes()).hasSize(1);
    crm.clearJournal();
    assertThat(crm.journal()).isEmpty();
  }
}
