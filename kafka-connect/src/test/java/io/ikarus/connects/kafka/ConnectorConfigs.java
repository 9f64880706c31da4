package io.ikarus.connects.kafka;

import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.HashMap;
import java.util.Map;

/** The connector configurations the integration test submits, as a user would. */
final class ConnectorConfigs {

  private ConnectorConfigs() {}

  static Map<String, String> source(FakeSalesforce sf) {
    Map<String, String> c = new HashMap<>(SourceHarness.salesforce(sf, "Contact"));
    c.remove("name");
    c.put("connector.class", CrmSourceConnector.class.getName());
    c.put("tasks.max", "1");
    c.put("poll.interval.ms", "500");
    c.put("heartbeat.interval.ms", "2000");
    c.put("exactly.once.support", "required");
    c.put("transaction.boundary", "connector");
    c.put("topic.creation.default.replication.factor", "1");
    c.put("topic.creation.default.partitions", "1");
    c.putAll(converters());
    return c;
  }

  static Map<String, String> sink(FakeHubSpot hs) {
    Map<String, String> c = new HashMap<>();
    c.put("connector.class", CrmSinkConnector.class.getName());
    c.put("tasks.max", "1");
    c.put("topics", "crm.acme.Contact");
    c.put("crm_type", "hubspot");
    c.put("auth_config.api_token", hs.privateAppToken());
    c.put("options", Json.write(Map.of("base_url", hs.url())));
    c.put("object", "contacts");
    c.put("key.field", "salesforce_id");
    c.put(
        "field_mapping",
        "{\"email\": \"Email\", \"firstname\": \"FirstName\", \"lastname\": \"LastName\"}");
    c.put("errors.tolerance", "all");
    c.put("errors.deadletterqueue.topic.name", "crm-dlq");
    c.put("errors.deadletterqueue.topic.replication.factor", "1");
    c.put("consumer.override.isolation.level", "read_committed");
    c.putAll(converters());
    return c;
  }

  private static Map<String, String> converters() {
    return Map.of(
        "key.converter", "org.apache.kafka.connect.storage.StringConverter",
        "value.converter", "org.apache.kafka.connect.json.JsonConverter",
        "value.converter.schemas.enable", "true");
  }
}
