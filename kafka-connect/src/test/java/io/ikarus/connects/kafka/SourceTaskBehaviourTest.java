package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.kafka.internal.Stream;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.FaultHook;
import io.ikarus.connects.memory.InMemoryConnector;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** Paging, offsets, heartbeats, failures and transactions, over the in-memory connector. */
class SourceTaskBehaviourTest {

  private final SourceHarness harness = new SourceHarness();
  private final InMemoryConnector crm =
      InMemoryConnector.builder().clock(harness.clock).maxPageSize(2).build();

  private Map<String, String> props() {
    Map<String, String> p = new HashMap<>();
    p.put("name", "mem");
    p.put("crm_type", "memory");
    p.put("objects", "Deal");
    p.put("value.format", "map");
    p.put("poll.interval.ms", "1000");
    p.put("heartbeat.interval.ms", "0");
    return p;
  }

  private CrmSourceTask start(Map<String, String> props) {
    return harness.start(props, config -> crm);
  }

  private void insert(int count) {
    for (int i = 0; i < count; i++) {
      crm.create("Deal", Map.of("name", "deal " + i)).join();
    }
  }

  @Test
  void onlyThePagesLastRecordCarriesThePageEndCheckpoint() throws Exception {
    insert(3);
    CrmSourceTask task = start(props());

    List<SourceRecord> page = task.poll();

    assertThat(page).hasSize(2);
    assertThat(page.get(0).sourceOffset()).isEqualTo(Map.of("checkpoint", "", "v", 1));
    Object end = page.get(1).sourceOffset().get("checkpoint");
    assertThat(end).isNotEqualTo("");
    List<SourceRecord> next = task.poll();
    assertThat(next).hasSize(1);
    assertThat(next.get(0).sourceOffset().get("checkpoint")).isNotEqualTo(end);
  }

  @Test
  void aCrashMidPageRereadsThePageAndLosesNothing() throws Exception {
    insert(4);
    CrmSourceTask first = start(props());
    List<SourceRecord> page = first.poll();
    harness.offsets.commit(page.subList(0, 1)); // only the first record was acknowledged
    // the worker dies here: no stop(), and the next task reads the same CRM

    CrmSourceTask second = start(props());
    List<SourceRecord> again = harness.poll(second, 4);

    assertThat(again).extracting(SourceRecord::key).startsWith(page.get(0).key());
    assertThat(again).extracting(SourceRecord::key).doesNotHaveDuplicates().hasSize(4);
  }

  @Test
  void idleObjectsEmitHeartbeatsCarryingTheirOffset() throws Exception {
    insert(1);
    Map<String, String> props = props();
    props.put("heartbeat.interval.ms", "5000");
    CrmSourceTask task = start(props);
    SourceRecord record = task.poll().get(0);

    harness.clock.advance(Duration.ofSeconds(6));
    List<SourceRecord> beats = task.poll();

    assertThat(beats).hasSize(1);
    SourceRecord beat = beats.get(0);
    assertThat(beat.topic()).isEqualTo("crm.heartbeats");
    assertThat(beat.sourcePartition()).isEqualTo(record.sourcePartition());
    assertThat(beat.sourceOffset()).isEqualTo(record.sourceOffset());
  }

  @Test
  void retryableFailuresBackOffAndTheStreamResumes() throws Exception {
    insert(1);
    crm.faults(FaultHook.failNthCall("changesSince", 1));
    CrmSourceTask task = start(props());

    assertThat(task.poll()).isNull();
    List<SourceRecord> later = harness.poll(task, 1);

    assertThat(later).hasSize(1);
  }

  @Test
  void otherFailuresFailTheTask() {
    crm.faults(
        new FaultHook() {
          @Override
          public CrmException beforeCall(Call call) {
            return new PermissionDeniedException(
                "no read access", ErrorContext.of("memory", call.operation()));
          }
        });
    CrmSourceTask task = start(props());

    assertThatThrownBy(task::poll)
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("default/Deal")
        .hasMessageContaining("no read access");
  }

  @Test
  void connectorDefinedTransactionsEndAtEachPage() throws Exception {
    insert(3);
    Map<String, String> props = props();
    props.put("transaction.boundary", "connector");
    CrmSourceTask task = start(props);

    List<SourceRecord> first = task.poll();
    List<SourceRecord> second = task.poll();

    assertThat(harness.context.committedAt).containsExactly(first.get(1), second.get(0));
  }

  @Test
  void aStoredOffsetOfAnotherFormatIsRefusedByName() {
    Stream stream = new Stream("mem", "default", "Deal");
    harness.offsets.commit(
        List.of(
            new SourceRecord(
                stream.partition(), Map.of("checkpoint", "x", "v", 9), "t", null, null)));

    assertThatThrownBy(() -> start(props()))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("default/Deal")
        .hasMessageContaining("version 9");
  }
}
