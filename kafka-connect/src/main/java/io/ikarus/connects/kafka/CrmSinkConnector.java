package io.ikarus.connects.kafka;

import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.kafka.internal.Accounts;
import io.ikarus.connects.kafka.internal.SinkSettings;
import io.ikarus.connects.kafka.internal.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/**
 * A Kafka Connect sink for any CRM the SDK supports: each record's value is mapped through a {@code
 * FieldMapping} and upserted by {@code key.field} (a unique target field that receives the record
 * key) in the fewest batch calls; a tombstone deletes the target record with that key. A record the
 * CRM refuses goes to the dead-letter queue when {@code errors.tolerance=all} and {@code
 * errors.deadletterqueue.topic.name} are set; retryable CRM failures make Connect deliver the batch
 * again. Delivery is at least once, and writing a record again is harmless.
 *
 * <pre>{@code
 * {"connector.class": "io.ikarus.connects.kafka.CrmSinkConnector", "topics": "crm.acme.Contact",
 *  "crm_type": "hubspot", "object": "contacts", "key.field": "salesforce_id",
 *  "field_mapping": "{\"email\": \"Email\", \"lastname\": \"LastName\"}",
 *  "auth_config.api_token": "${file:/etc/kafka/crm.properties:hubspot_token}"}
 * }</pre>
 */
public class CrmSinkConnector extends SinkConnector {

  private Map<String, String> props;

  /** Created by the worker. */
  public CrmSinkConnector() {}

  @Override
  public String version() {
    return Version.get();
  }

  /**
   * Checks the settings, and that the SDK accepts the configuration (no CRM call).
   *
   * @throws org.apache.kafka.common.config.ConfigException naming the setting at fault
   */
  @Override
  public void start(Map<String, String> props) {
    SinkSettings.parse(props);
    Accounts.closeAll(Accounts.open(props, List.of("default"), a -> "", CrmConnectors::fromConfig));
    this.props = Map.copyOf(props);
  }

  @Override
  public Class<? extends Task> taskClass() {
    return CrmSinkTask.class;
  }

  /** {@code maxTasks} identical tasks: Connect spreads the topic partitions over them. */
  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    List<Map<String, String>> configs = new ArrayList<>();
    for (int i = 0; i < maxTasks; i++) {
      configs.add(props);
    }
    return configs;
  }

  @Override
  public void stop() {
    // Tasks own the CRM connections; the connector holds none.
  }

  @Override
  public ConfigDef config() {
    return SinkSettings.DEF;
  }
}
