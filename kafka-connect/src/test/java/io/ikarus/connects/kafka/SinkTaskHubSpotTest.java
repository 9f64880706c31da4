package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.Query;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.errors.RetriableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SinkTaskHubSpotTest {

  private static final TopicPartition TP = new TopicPartition(SinkRecords.TOPIC, 0);
  private static final String UPSERT = "/crm/v3/objects/contacts/batch/upsert";

  private FakeHubSpot hs;
  private HubSpotConnector client;
  private final TestSinkContext context = new TestSinkContext(true);

  @BeforeEach
  void start() {
    hs = FakeHubSpot.start();
    client = (HubSpotConnector) CrmConnectors.fromConfig(hubspot(hs));
    FieldSchema key =
        new FieldSchema(
            "salesforce_id",
            "Salesforce id",
            FieldType.STRING,
            null,
            false,
            true,
            true,
            true,
            null);
    client.createProperty("contacts", key, "contactinformation").join();
  }

  @AfterEach
  void stop() {
    client.close();
    hs.close();
  }

  static Map<String, Object> hubspot(FakeHubSpot hs) {
    return Map.of(
        "crm_type", "hubspot",
        "auth_config", Map.of("api_token", hs.privateAppToken()),
        "options", Map.of("base_url", hs.url(), "max_attempts", 1));
  }

  private Map<String, String> props() {
    Map<String, String> p = new HashMap<>();
    p.put("name", "hs-sink");
    p.put("crm_type", "hubspot");
    p.put("auth_config.api_token", hs.privateAppToken());
    p.put("options", Json.write(Map.of("base_url", hs.url(), "max_attempts", 1)));
    p.put("object", "contacts");
    p.put("key.field", "salesforce_id");
    p.put(
        "field_mapping",
        "{\"email\": \"Email\", \"lastname\": \"LastName\", \"firstname\": \"FirstName\"}");
    p.put("retry.backoff.ms", "2500");
    return p;
  }

  private CrmSinkTask task() {
    CrmSinkTask task = new CrmSinkTask();
    task.initialize(context);
    task.start(props());
    return task;
  }

  @Test
  void upsertsMappedRecordsByKeyInOneBatchAndTombstonesDelete() {
    CrmSinkTask task = task();

    task.put(
        List.of(
            SinkRecords.upsert(0, "003A", "ada@example.com", "Lovelace"),
            SinkRecords.upsert(1, "003B", "alan@example.com", "Turing")));

    assertThat(hs.count("contacts")).isEqualTo(2);
    List<RecordedCall> upserts = hs.journal().calls("POST", UPSERT);
    assertThat(upserts).hasSize(1);
    assertThat(upserts.get(0).body())
        .contains("\"idProperty\":\"salesforce_id\"")
        .contains("ada@example.com")
        .contains("\"firstname\":\"A\"");
    assertThat(task.preCommit(Map.of(TP, new OffsetAndMetadata(2))))
        .isEqualTo(Map.of(TP, new OffsetAndMetadata(2)));

    task.put(List.of(SinkRecords.tombstone(2, "003A")));

    assertThat(hs.count("contacts")).isEqualTo(1);
    task.stop();
  }

  @Test
  void aBatchWritesOnlyTheLastOperationOfEachKey() {
    CrmSinkTask task = task();

    task.put(
        List.of(
            SinkRecords.upsert(0, "003A", "old@example.com", "Old"),
            SinkRecords.upsert(1, "003C", "gone@example.com", "Gone"),
            SinkRecords.upsert(2, "003A", "new@example.com", "New"),
            SinkRecords.tombstone(3, "003C")));

    assertThat(hs.count("contacts")).isEqualTo(1);
    String body = hs.journal().calls("POST", UPSERT).get(0).body();
    assertThat(body).contains("new@example.com").doesNotContain("old@").doesNotContain("gone@");
    assertThat(task.preCommit(Map.of(TP, new OffsetAndMetadata(4))))
        .isEqualTo(Map.of(TP, new OffsetAndMetadata(4)));
    task.stop();
  }

  @Test
  void aRestartedTaskFindsTheTargetOfATombstoneByKey() throws Exception {
    CrmSinkTask first = task();
    first.put(List.of(SinkRecords.upsert(0, "003A", "ada@example.com", "Lovelace")));
    first.stop();
    awaitSearchable("003A");

    CrmSinkTask second = task();
    second.put(List.of(SinkRecords.tombstone(1, "003A")));

    assertThat(hs.count("contacts")).isZero();
    second.stop();
  }

  @Test
  void retryableFailuresAskForRedeliveryAndCommitNothing() {
    CrmSinkTask task = task();
    task.put(List.of(SinkRecords.upsert(0, "003A", "ada@example.com", "Lovelace")));
    hs.faults().failNext(1, 503);

    assertThatThrownBy(
            () -> task.put(List.of(SinkRecords.upsert(1, "003B", "alan@example.com", "Turing"))))
        .isInstanceOf(RetriableException.class);
    assertThat(context.timeout).isEqualTo(2500);
    assertThat(task.preCommit(Map.of(TP, new OffsetAndMetadata(2))))
        .isEqualTo(Map.of(TP, new OffsetAndMetadata(1)));

    task.put(List.of(SinkRecords.upsert(1, "003B", "alan@example.com", "Turing")));
    assertThat(hs.count("contacts")).isEqualTo(2);
    assertThat(task.preCommit(Map.of(TP, new OffsetAndMetadata(2))))
        .isEqualTo(Map.of(TP, new OffsetAndMetadata(2)));
    task.stop();
  }

  /** HubSpot's search index may lag writes; wait until the key is searchable. */
  private void awaitSearchable(String key) throws InterruptedException {
    Query q = Query.of("contacts").where("salesforce_id", Query.Op.EQ, key);
    for (int i = 0; i < 200; i++) {
      if (!client.query(q).join().records().isEmpty()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(key + " never became searchable");
  }
}
