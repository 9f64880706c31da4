package io.ikarus.connects.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The record-level part of the contract: CRUD, upsert and batches. Subclass ConnectorContractTest.
 */
public abstract class RecordContract extends MistakeContract {

  /** Create, read, update, delete; a deleted record is not found. */
  @Test
  public void crudRoundTrip() {
    Map<String, Object> sample = sampleRecord(1);
    CrmRecord created = await(connector.create(objectName(), sample));
    assertThat(created.id()).as("id of a created record").isNotBlank();
    assertSameFields(sample, await(connector.get(objectName(), created.id())));

    String changed = "changed " + runId;
    await(connector.update(objectName(), created.id(), Map.of(textField(), changed)));
    assertThat(await(connector.get(objectName(), created.id())).field(textField()))
        .isEqualTo(changed);

    await(connector.delete(objectName(), created.id()));
    assertThatThrownBy(() -> await(connector.get(objectName(), created.id())))
        .isInstanceOf(NotFoundException.class);
  }

  /** A missing id is a NotFoundException naming the connector. */
  @Test
  public void missingRecordIsNotFound() {
    String id = await(connector.create(objectName(), sampleRecord(2))).id();
    await(connector.delete(objectName(), id));

    assertThatThrownBy(() -> await(connector.get(objectName(), id)))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((CrmException) e).connector()).isEqualTo(connector.name()));
  }

  /**
   * getAll reads records by id, each once however often named, and leaves out an id whose record is
   * gone.
   */
  @Test
  public void getAllReadsRecordsByIdAndLeavesOutMissingOnes() {
    Map<String, Object> sample = sampleRecord(60);
    String kept = await(connector.create(objectName(), sample)).id();
    String gone = await(connector.create(objectName(), sampleRecord(61))).id();
    await(connector.delete(objectName(), gone));

    Map<String, CrmRecord> read = await(connector.getAll(objectName(), List.of(kept, gone, kept)));

    assertThat(read).containsOnlyKeys(kept);
    assertSameFields(sample, read.get(kept));
    assertThat(await(connector.getAll(objectName(), List.of()))).isEmpty();
  }

  /** Upserting the same key twice updates the one record created the first time. */
  @Test
  public void upsertCreatesOnceThenUpdates() {
    Map<String, Object> sample = sampleRecord(3);
    CrmRecord first = await(connector.upsert(objectName(), keyField(), sample));
    Map<String, Object> changed = new LinkedHashMap<>(sample);
    changed.put(textField(), "upserted " + runId);

    CrmRecord second = await(connector.upsert(objectName(), keyField(), changed));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(await(connector.get(objectName(), first.id())).field(textField()))
        .isEqualTo("upserted " + runId);
  }

  /**
   * A batch crossing a chunk boundary keeps input order, fails only the invalid record, and counts
   * exactly the API calls the server saw.
   */
  @Test
  public void createAllKeepsOrderAndReportsEachFailure() {
    int size = Math.min(connector.capabilities().maxBatchSize(), 100) + 2;
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      inputs.add(i == 1 ? invalidRecord() : sampleRecord(100 + i));
    }
    int before = requestCount();

    BatchResult result = await(connector.createAll(objectName(), inputs));

    int served = requestCount() - before;
    assertThat(result.size()).isEqualTo(size);
    assertThat(result.failed()).extracting(RecordResult::index).containsExactly(1);
    assertThat(result.results().get(1).error()).isInstanceOf(CrmException.class);
    for (int i : List.of(0, size - 1)) {
      assertSameFields(
          inputs.get(i), await(connector.get(objectName(), result.results().get(i).id())));
    }
    if (server() != null) {
      int perCall = connector.capabilities().maxBatchSize();
      assertThat(result.apiCalls()).as("apiCalls vs requests served").isEqualTo(served);
      assertThat(result.apiCalls()).isGreaterThanOrEqualTo((size + perCall - 1) / perCall);
    }
  }

  /** updateAll fails only the record that no longer exists; deleteAll deletes. */
  @Test
  public void updateAllAndDeleteAllReportPerRecord() {
    List<String> ids = createTagged(3, "batch " + runId);
    await(connector.delete(objectName(), ids.get(1)));
    List<CrmRecord> updates = new ArrayList<>();
    for (String id : ids) {
      updates.add(CrmRecord.of(objectName(), id, Map.of(textField(), "updated " + id)));
    }

    BatchResult updated = await(connector.updateAll(objectName(), updates));

    assertThat(updated.failed()).extracting(RecordResult::index).containsExactly(1);
    assertThat(await(connector.get(objectName(), ids.get(2))).field(textField()))
        .isEqualTo("updated " + ids.get(2));
    BatchResult deleted = await(connector.deleteAll(objectName(), List.of(ids.get(0), ids.get(2))));
    assertThat(deleted.allSucceeded()).isTrue();
    assertThatThrownBy(() -> await(connector.get(objectName(), ids.get(2))))
        .isInstanceOf(NotFoundException.class);
  }

  /** upsertAll updates the record holding the key and creates the other. */
  @Test
  public void upsertAllCreatesAndUpdatesByKey() {
    Map<String, Object> existing = sampleRecord(4);
    String id = await(connector.create(objectName(), existing)).id();
    Map<String, Object> changed = new LinkedHashMap<>(existing);
    changed.put(textField(), "upsertAll " + runId);

    BatchResult result =
        await(connector.upsertAll(objectName(), keyField(), List.of(changed, sampleRecord(5))));

    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.results().get(0).id()).isEqualTo(id);
    assertThat(result.results().get(1).id()).isNotEqualTo(id);
    assertThat(await(connector.get(objectName(), id)).field(textField()))
        .isEqualTo("upsertAll " + runId);
  }
}
