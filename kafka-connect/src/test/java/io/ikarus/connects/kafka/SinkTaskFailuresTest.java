package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.FaultHook;
import io.ikarus.connects.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.Test;

/** Per-record failures, the dead-letter queue and whole-call failures, in memory. */
class SinkTaskFailuresTest {

  private static final TopicPartition TP = new TopicPartition(SinkRecords.TOPIC, 0);

  private final InMemoryConnector crm =
      InMemoryConnector.builder()
          .validator(
              (object, id, fields) ->
                  "refused@example.com".equals(fields.get("email"))
                      ? List.of(new FieldError("email", "INVALID_EMAIL", "refused"))
                      : List.of())
          .build();

  private CrmSinkTask task(TestSinkContext context) {
    Map<String, String> p = new HashMap<>();
    p.put("crm_type", "memory");
    p.put("object", "Contact");
    p.put("key.field", "source_id");
    p.put(
        "field_mapping",
        "{\"email\": \"Email\", \"lastname\": {\"from\": \"LastName\", \"required\": true}}");
    CrmSinkTask task = new CrmSinkTask(config -> crm);
    task.initialize(context);
    task.start(p);
    return task;
  }

  private static List<SinkRecord> batch() {
    return List.of(
        SinkRecords.upsert(0, "1", "ada@example.com", "Lovelace"),
        SinkRecords.upsert(1, "2", "nolast@example.com", null),
        SinkRecords.upsert(2, "3", "refused@example.com", "Refused"),
        SinkRecords.map(3, "4", Map.of("Email", "grace@example.com", "LastName", "Hopper")));
  }

  @Test
  void refusedRecordsGoToTheDeadLetterQueueAndTheOthersAreWritten() {
    TestSinkContext context = new TestSinkContext(true);
    CrmSinkTask task = task(context);

    task.put(batch());

    assertThat(crm.records("Contact"))
        .extracting(r -> r.field("source_id"))
        .containsExactlyInAnyOrder("1", "4");
    assertThat(context.reported).extracting(SinkRecord::kafkaOffset).containsExactly(1L, 2L);
    assertThat(context.errors).allMatch(e -> e instanceof CrmException);
    assertThat(task.preCommit(Map.of(TP, new OffsetAndMetadata(4))))
        .isEqualTo(Map.of(TP, new OffsetAndMetadata(4)));
  }

  @Test
  void withoutADeadLetterQueueTheOthersAreWrittenThenTheTaskFails() {
    TestSinkContext context = new TestSinkContext(false);
    CrmSinkTask task = task(context);

    assertThatThrownBy(() -> task.put(batch()))
        .isInstanceOf(ConnectException.class)
        .isNotInstanceOf(RetriableException.class)
        .hasMessageContaining("2 record(s)")
        .hasMessageContaining(SinkRecords.TOPIC + "-0@1")
        .hasMessageContaining("lastname")
        .hasMessageNotContaining("nolast@example.com");
    assertThat(crm.records("Contact")).extracting(CrmRecord::id).hasSize(2);
    assertThat(task.preCommit(Map.of(TP, new OffsetAndMetadata(4)))).isEmpty();
  }

  @Test
  void refusedCredentialsFailTheTaskAndARetryableFailureAsksForRedelivery() {
    TestSinkContext context = new TestSinkContext(true);
    CrmSinkTask task = task(context);
    crm.faults(
        new FaultHook() {
          @Override
          public CrmException beforeCall(Call call) {
            return new PermissionDeniedException("no write access", ErrorContext.of("memory", "x"));
          }
        });
    List<SinkRecord> one = List.of(SinkRecords.upsert(0, "1", "ada@example.com", "Lovelace"));

    assertThatThrownBy(() -> task.put(one))
        .isInstanceOf(ConnectException.class)
        .isNotInstanceOf(RetriableException.class)
        .hasMessageContaining("no write access");
    assertThat(context.reported).isEmpty();

    crm.faults(
        new FaultHook() {
          @Override
          public CrmException beforeCall(Call call) {
            return new ServerException("unavailable", ErrorContext.of("memory", "x"));
          }
        });
    assertThatThrownBy(() -> task.put(one)).isInstanceOf(RetriableException.class);
  }

  @Test
  void aKeyThatIsNotTextIsReported() {
    TestSinkContext context = new TestSinkContext(true);
    CrmSinkTask task = task(context);
    SinkRecord noKey = new SinkRecord(SinkRecords.TOPIC, 0, null, null, null, Map.of(), 0);

    task.put(List.of(noKey));

    assertThat(context.reported).containsExactly(noKey);
    assertThat(context.errors.get(0)).hasMessageContaining("key must be");
  }
}
