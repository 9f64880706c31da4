package io.ikarus.connects.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryConnectorBatchTest {

  private final InMemoryConnector crm =
      InMemoryConnector.builder()
          .maxBatchSize(3)
          .validator(
              (object, id, fields) ->
                  "bad".equals(fields.get("Email"))
                      ? List.of(new FieldError("Email", "INVALID_EMAIL", "not an email"))
                      : List.of())
          .build();

  private static List<Map<String, Object>> emails(String... emails) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String e : emails) {
      out.add(Map.of("Email", e));
    }
    return out;
  }

  @Test
  void batchIsSplitIntoChunksAndKeepsInputOrderWithPerRecordErrors() {
    BatchResult result =
        crm.createAll("Contact", emails("a", "b", "bad", "d", "e", "bad", "g")).join();

    assertThat(result.apiCalls()).isEqualTo(3);
    assertThat(crm.journal()).extracting(Call::records).containsExactly(3, 3, 1);
    assertThat(result.results())
        .extracting(RecordResult::index)
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(2, 5);
    assertThat(result.failed().get(0).error())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("Email"));
    assertThat(crm.records("Contact"))
        .extracting(r -> r.field("Email"))
        .containsExactly("a", "b", "d", "e", "g");
  }

  @Test
  void updateAllUpsertAllAndDeleteAll() {
    List<String> ids =
        crm.createAll("Contact", emails("a", "b")).join().results().stream()
            .map(RecordResult::id)
            .toList();
    BatchResult updated =
        crm.updateAll(
                "Contact",
                List.of(
                    CrmRecord.of("Contact", ids.get(0), Map.of("Name", "A")),
                    CrmRecord.of("Contact", "missing", Map.of("Name", "X"))))
            .join();
    assertThat(updated.results().get(1).error()).isInstanceOf(NotFoundException.class);

    BatchResult upserted = crm.upsertAll("Contact", "Email", emails("a", "z")).join();
    assertThat(upserted.results()).extracting(RecordResult::isSuccess).containsExactly(true, true);
    assertThat(upserted.results().get(0).id()).isEqualTo(ids.get(0));

    BatchResult deleted = crm.deleteAll("Contact", List.of(ids.get(1), "missing")).join();
    assertThat(deleted.results().get(0).id()).isEqualTo(ids.get(1));
    assertThat(deleted.results().get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(crm.records("Contact")).extracting(r -> r.field("Email")).containsExactly("a", "z");
  }

  @Test
  void failedChunkFailsOnlyItsRecords() {
    crm.faults(FaultHook.failNthCall("createAll", 2));
    BatchResult result = crm.createAll("Contact", emails("a", "b", "c", "d", "e")).join();
    assertThat(result.results())
        .extracting(RecordResult::isSuccess)
        .containsExactly(true, true, true, false, false);
    assertThat(result.failed().get(0).error()).isInstanceOf(ServerException.class);
    assertThat(crm.records("Contact")).hasSize(3);
  }

  @Test
  void lostResponseAppliesTheChunkButReportsFailure() {
    crm.faults(FaultHook.loseResponseOfNthCall("createAll", 1));
    BatchResult result = crm.createAll("Contact", emails("a", "b")).join();
    assertThat(result.failed()).hasSize(2);
    assertThat(crm.records("Contact")).hasSize(2);
  }

  @Test
  void recordFaultFailsMatchingRecordsOnly() {
    crm.faults(FaultHook.failRecordsWhere(f -> "b".equals(f.get("Email"))));
    BatchResult result = crm.createAll("Contact", emails("a", "b", "c")).join();
    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1);
  }

  @Test
  void aThrowingFaultHookFailsTheWholeFuture() {
    crm.faults(
        new FaultHook() {
          @Override
          public io.ikarus.connects.error.CrmException afterCall(Call call) {
            throw new IllegalStateException("crash");
          }
        });
    assertThatThrownBy(() -> crm.createAll("Contact", emails("a")).join())
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(crm.records("Contact")).hasSize(1);
  }

  @Test
  void concurrentWritersNeverLoseARecordOrReuseAnId() {
    List<CompletableFuture<Void>> writers =
        IntStream.range(0, 8)
            .mapToObj(
                t ->
                    CompletableFuture.runAsync(
                        () -> {
                          for (int i = 0; i < 100; i++) {
                            crm.create("Contact", Map.of("Email", t + "-" + i)).join();
                          }
                        }))
            .toList();
    writers.forEach(CompletableFuture::join);
    assertThat(crm.records("Contact")).hasSize(800);
    assertThat(crm.records("Contact").stream().map(CrmRecord::id).distinct()).hasSize(800);
    assertThat(
            crm.changesSince("Contact", io.ikarus.connects.Checkpoint.initial()).join().upserts())
        .hasSize(800);
  }
}
