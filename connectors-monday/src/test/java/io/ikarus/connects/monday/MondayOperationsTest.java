package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.testkit.FakeMondayColumn;
import io.ikarus.connects.testkit.MondayCall;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each operation beyond the portable contract: the wire form and monday specifics. */
class MondayOperationsTest extends MondayTestSupport {

  private List<CrmRecord> all(Query query) {
    List<CrmRecord> records = new ArrayList<>();
    Page page = monday.query(query).join();
    records.addAll(page.records());
    while (page.hasNext()) {
      page = page.next().join();
      records.addAll(page.records());
    }
    return records;
  }

  @Test
  void everyRequestAsksForComplexityAndSendsColumnValuesAsAString() {
    monday.create("leads", Map.of("name", "A", "numbers", 7)).join();

    assertThat(fake.graphQlCalls())
        .allSatisfy(
            c ->
                assertThat(c.body())
                    .contains("complexity { before after query reset_in_x_seconds }"));
    assertThat(fake.graphQlCalls().get(1).body())
        .as("column_values travels as a JSON-encoded string in a JSON variable")
        .contains("\"vm0\":\"{\\\"numbers\\\":\\\"7\\\"}\"");
  }

  @Test
  void numericObjectNamesAreBoardIds() {
    CrmRecord created = monday.create(fake.sampleBoardId(), Map.of("name", "B")).join();
    assertThat(monday.get("anything", created.id()).join().field("name")).isEqualTo("B");
  }

  @Test
  void filtersRunServerSideWhereMondayCanAndExactlyClientSide() {
    monday
        .createAll(
            "leads",
            List.of(
                Map.of("name", "n1", "numbers", 5, "status", "Done", "email", "a@x.com"),
                Map.of("name", "n2", "numbers", 15, "status", "Stuck", "email", "b@x.com"),
                Map.of("name", "n3", "numbers", 25, "status", "Done", "email", "ab@x.com")))
        .join();

    assertThat(all(Query.of("leads").where("numbers", Query.Op.GT, 10)))
        .extracting(r -> r.field("name"))
        .containsExactly("n2", "n3");
    assertThat(all(Query.of("leads").where("Status", Query.Op.EQ, "Done")))
        .extracting(r -> r.field("name"))
        .containsExactly("n1", "n3");
    assertThat(all(Query.of("leads").where("email", Query.Op.EQ, "b@x.com")))
        .extracting(r -> r.field("name"))
        .containsExactly("n2");
    assertThat(
            all(
                Query.of("leads")
                    .where("name", Query.Op.IN, List.of("n1", "n3"))
                    .orderBy("numbers", false)))
        .extracting(r -> r.field("name"))
        .containsExactly("n3", "n1");
    MondayCall last = fake.graphQlCalls().get(fake.graphQlCalls().size() - 1);
    assertThat(last.body()).contains("\"order_by\"").contains("\"direction\":\"desc\"");
  }

  @Test
  void fieldsLimitTheColumnsReadAndTheRecord() {
    monday.create("leads", Map.of("name", "F", "numbers", 7, "email", "f@x.com")).join();

    CrmRecord record = all(Query.of("leads").fields("Deal size")).get(0);

    assertThat(record.fields()).containsOnlyKeys("numbers");
    assertThat(record.field("numbers")).isEqualTo(new BigDecimal("7"));
  }

  @Test
  void upsertFindsByKeyColumnThenUpdatesOrCreates() {
    CrmRecord first =
        monday
            .upsert("leads", "email", Map.of("name", "U", "email", "u@x.com", "numbers", 1))
            .join();
    CrmRecord second =
        monday
            .upsert("leads", "Email", Map.of("name", "U", "Email", "u@x.com", "numbers", 2))
            .join();

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.field("numbers")).isEqualTo(new BigDecimal("2"));
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(1);
  }

  @Test
  void upsertAllWritesARepeatedKeyOnce() {
    BatchResult result =
        monday
            .upsertAll(
                "leads",
                "email",
                List.of(
                    Map.of("name", "R1", "email", "r@x.com"),
                    Map.of("name", "S", "email", "s@x.com"),
                    Map.of("name", "R2", "email", "r@x.com")))
            .join();

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.results().get(2).id()).isEqualTo(result.results().get(0).id());
    assertThat(result.results().get(0).created()).isTrue();
    assertThat(result.results().get(2).created()).isFalse();
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(2);
  }

  @Test
  void upsertAllFindsKeysWithOneItemsPageByColumnValuesRequestAndNoScan() {
    for (int i = 0; i < 30; i++) {
      monday.create("leads", Map.of("name", "Old" + i, "email", "old" + i + "@x.com")).join();
    }
    List<Map<String, Object>> input = new java.util.ArrayList<>();
    for (int i = 25; i < 35; i++) {
      input.add(Map.of("name", "N" + i, "email", "old" + i + "@x.com"));
    }
    int before = fake.graphQlCalls().size();

    BatchResult result = monday.upsertAll("leads", "email", input).join();

    List<List<String>> roots =
        fake.graphQlCalls().subList(before, fake.graphQlCalls().size()).stream()
            .map(c -> c.rootFields())
            .toList();
    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.results())
        .extracting(r -> r.created())
        .containsExactly(false, false, false, false, false, true, true, true, true, true);
    assertThat(roots.stream().filter(r -> r.contains("items_page_by_column_values"))).hasSize(1);
    assertThat(roots.stream().filter(r -> r.contains("boards") || r.contains("next_items_page")))
        .isEmpty();
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isEqualTo(35);
  }

  @Test
  void changesSinceReportsUpdatesOnceAndDeletionsFromTheActivityLog() {
    String kept = monday.create("leads", Map.of("name", "K")).join().id();
    String gone = monday.create("leads", Map.of("name", "G")).join().id();
    Changes initial = monday.changesSince("leads", Checkpoint.initial()).join();
    assertThat(initial.upserts()).extracting(CrmRecord::id).containsExactly(kept, gone);

    monday.update("leads", kept, Map.of("numbers", 3)).join();
    monday.delete("leads", gone).join();
    Changes next = monday.changesSince("leads", initial.checkpoint()).join();
    Changes none = monday.changesSince("leads", next.checkpoint()).join();

    assertThat(next.upserts()).extracting(CrmRecord::id).containsExactly(kept);
    assertThat(next.deletedIds()).containsExactly(gone);
    assertThat(none.isEmpty()).isTrue();
  }

  @Test
  void archivingIsADeleteWhenConfigured() {
    MondayConnector archiving = MondayFixture.connector(fake).archiveOnDelete(true).build();
    String id = archiving.create("leads", Map.of("name", "Z")).join().id();

    archiving.delete("leads", id).join();

    assertThat(fake.graphQlCalls().get(fake.graphQlCalls().size() - 1).rootFields())
        .contains("archive_item");
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isZero();
    archiving.close();
  }

  @Test
  void describeListsColumnsWithTypesAndStatusLabels() {
    ObjectSchema schema = monday.describe("leads").join();

    assertThat(schema.label()).isEqualTo("Leads");
    assertThat(schema.field("status").orElseThrow().picklistValues())
        .containsExactly("Working on it", "Done", "Stuck");
    assertThat(schema.field("date4").orElseThrow().type()).isEqualTo(FieldType.DATE);
    assertThat(schema.field("numbers").orElseThrow().type()).isEqualTo(FieldType.DECIMAL);
    assertThat(schema.field("name").orElseThrow().required()).isTrue();
  }

  @Test
  void theGraphQlEscapeHatchRunsAnyDocument() {
    Map<String, Object> data =
        monday
            .graphql(
                "query ($b: [ID!]) { boards(ids: $b) { name } }",
                Map.of("b", List.of(fake.sampleBoardId())),
                100)
            .join();

    assertThat(data.get("boards")).isEqualTo(List.of(Map.of("name", "Leads")));
  }

  @Test
  void anItemOfAnotherBoardIsNotFoundOnThisOne() {
    String other = fake.addBoard("Other", List.of(FakeMondayColumn.of("text_x", "X", "text")));
    String id = monday.create(other, Map.of("name", "O", "X", "x")).join().id();

    assertThatThrownBy(() -> monday.get("leads", id).join())
        .hasCauseInstanceOf(NotFoundException.class);
    assertThat(monday.get(other, id).join().fields()).containsEntry("text_x", "x");
  }
}
