package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.Query;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectCluster;
import org.apache.kafka.connect.util.clusters.WorkerHandle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FakeSalesforce -> Kafka (in-JVM broker and Connect worker, exactly-once source) -> FakeHubSpot,
 * with the worker restarted while the source changes: every live source record ends in the target
 * once by key, updates and deletions arrive, and the topic holds no duplicate.
 */
class SalesforceToHubSpotIT {

  private static final String TOPIC = "crm.acme.Contact";
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private static FakeSalesforce sf;
  private static FakeHubSpot hs;
  private static CrmConnector source;
  private static HubSpotConnector target;
  private static EmbeddedConnectCluster connect;

  @BeforeAll
  static void start() {
    sf = FakeSalesforce.start();
    hs = FakeHubSpot.start();
    source = SourceHarness.salesforceClient(sf);
    target = (HubSpotConnector) CrmConnectors.fromConfig(SinkTaskHubSpotTest.hubspot(hs));
    target
        .createProperty(
            "contacts",
            new FieldSchema(
                "salesforce_id", null, FieldType.STRING, null, false, true, true, true, null),
            "contactinformation")
        .join();
    Properties broker = new Properties();
    broker.put("transaction.state.log.replication.factor", "1");
    broker.put("transaction.state.log.min.isr", "1");
    broker.put("group.initial.rebalance.delay.ms", "0");
    Map<String, String> worker = new HashMap<>(); // the builder adds its own settings to it
    worker.put("exactly.once.source.support", "enabled");
    worker.put("offset.flush.interval.ms", "1000");
    worker.put("connector.client.config.override.policy", "All");
    worker.put("scheduled.rebalance.max.delay.ms", "0"); // the restarted worker takes over at once
    connect =
        new EmbeddedConnectCluster.Builder()
            .name("ikc-it")
            .numWorkers(1)
            .numBrokers(1)
            .brokerProps(broker)
            .workerProps(worker)
            .build();
    connect.start();
    connect.kafka().createTopic(TOPIC, 1);
    connect.kafka().createTopic("crm.heartbeats", 1);
    connect.kafka().createTopic("crm-dlq", 1);
  }

  @AfterAll
  static void stop() {
    if (connect != null) {
      connect.stop();
    }
    target.close();
    source.close();
    hs.close();
    sf.close();
  }

  @Test
  void everySourceRecordArrivesOnceByKeyAcrossAWorkerRestart() throws Exception {
    long started = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(sf.insert("Contact", contact(i)));
    }
    connect.configureConnector("sf-source", ConnectorConfigs.source(sf));
    connect.configureConnector("hs-sink", ConnectorConfigs.sink(hs));
    await("the first 40 contacts in HubSpot", () -> hs.count("contacts") == 40);

    WorkerHandle worker = connect.workers().iterator().next();
    connect.removeWorker(worker);
    for (int i = 40; i < 60; i++) {
      ids.add(sf.insert("Contact", contact(i)));
    }
    List<String> updated = ids.subList(0, 5);
    updated.forEach(id -> source.update("Contact", id, Map.of("LastName", "Updated")).join());
    List<String> deleted = List.copyOf(ids.subList(5, 10));
    source.deleteAll("Contact", deleted).join();
    connect.addWorker();

    Set<String> live = new HashSet<>(ids);
    deleted.forEach(live::remove);
    Map<String, String> lastNames = new ConcurrentHashMap<>();
    await(
        "HubSpot to hold the 55 live contacts, updated",
        () -> targetMatches(live, updated, lastNames));
    List<ConsumerRecord<byte[], byte[]>> topic = new ArrayList<>();
    connect
        .kafka()
        .consumeAll(60_000, Map.of("isolation.level", "read_committed"), null, TOPIC)
        .forEach(topic::add);
    int duplicates = duplicates(topic);
    long tombstones = topic.stream().filter(r -> r.value() == null).count();
    System.out.printf(
        "IT figures: records=%d tombstones=%d restarts=1 duplicates=%d target=%d duration=%ds%n",
        topic.size(),
        tombstones,
        duplicates,
        hs.count("contacts"),
        Duration.ofNanos(System.nanoTime() - started).toSeconds());

    assertThat(hs.count("contacts")).isEqualTo(55);
    assertThat(lastNames.keySet()).isEqualTo(live);
    assertThat(tombstones).isEqualTo(5);
    assertThat(duplicates).isZero();
    assertThat(topic).hasSize(40 + 20 + 5 + 5);
  }

  private static Map<String, Object> contact(int i) {
    return Map.of(
        "FirstName", "First" + i, "LastName", "Last" + i, "Email", "c" + i + "@example.com");
  }

  /** True when HubSpot's contacts are exactly {@code live} by key, with the updates applied. */
  private static boolean targetMatches(
      Set<String> live, List<String> updated, Map<String, String> lastNames) {
    lastNames.clear();
    List<CrmRecord> all = new ArrayList<>();
    target.forEach(Query.of("contacts").fields("salesforce_id", "lastname"), all::add).join();
    for (CrmRecord r : all) {
      Object key = r.field("salesforce_id");
      if (key != null
          && lastNames.put(key.toString(), String.valueOf(r.field("lastname"))) != null) {
        return false;
      }
    }
    return lastNames.keySet().equals(live)
        && updated.stream().allMatch(id -> "Updated".equals(lastNames.get(id)));
  }

  /** Records whose key, operation and modification time an earlier record already had. */
  private static int duplicates(List<ConsumerRecord<byte[], byte[]>> records) {
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    for (ConsumerRecord<byte[], byte[]> r : records) {
      var stamp = r.headers().lastHeader("ikc.updated_at");
      String id =
          new String(r.key())
              + "|"
              + (r.value() == null)
              + "|"
              + (stamp == null ? "" : new String(stamp.value()));
      duplicates += seen.add(id) ? 0 : 1;
    }
    return duplicates;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what);
      }
      Thread.sleep(250);
    }
  }
}
