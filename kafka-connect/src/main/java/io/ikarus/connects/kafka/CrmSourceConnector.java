package io.ikarus.connects.kafka;

import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.kafka.internal.Accounts;
import io.ikarus.connects.kafka.internal.SourceSettings;
import io.ikarus.connects.kafka.internal.Stream;
import io.ikarus.connects.kafka.internal.TaskPlan;
import io.ikarus.connects.kafka.internal.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * A Kafka Connect source for any CRM the SDK supports: each object of each account is one stream,
 * read through {@code changesSince}. Records are keyed by the CRM id; deletions are tombstones. The
 * source partition is {@code {connector, account, object}} and the source offset {@code
 * {checkpoint, v}}, the SDK checkpoint verbatim. Streams are grouped into tasks by account, so an
 * account's rate budget is never split across tasks.
 *
 * <pre>{@code
 * {"connector.class": "io.ikarus.connects.kafka.CrmSourceConnector",
 *  "crm_type": "salesforce", "objects": "Contact,Account", "account": "acme",
 *  "auth_config": "${file:/etc/kafka/crm.properties:salesforce_auth}"}
 * }</pre>
 *
 * <p>Exactly-once delivery (KIP-618) is supported: a checkpoint names a position the CRM can be
 * read again from, so records and offsets can be written in one transaction; with {@code
 * transaction.boundary=connector} each page is one transaction.
 */
public class CrmSourceConnector extends SourceConnector {

  private Map<String, String> props;
  private SourceSettings settings;

  /** Created by the worker. */
  public CrmSourceConnector() {}

  @Override
  public String version() {
    return Version.get();
  }

  /**
   * Checks the settings, and that the SDK accepts every account's configuration (no CRM call).
   *
   * @throws org.apache.kafka.common.config.ConfigException naming the setting at fault
   */
  @Override
  public void start(Map<String, String> props) {
    this.props = Map.copyOf(props);
    this.settings = SourceSettings.parse(props);
    Accounts.closeAll(
        Accounts.open(props, settings.accounts(), settings::prefix, CrmConnectors::fromConfig));
  }

  @Override
  public Class<? extends Task> taskClass() {
    return CrmSourceTask.class;
  }

  /** One task per group of accounts, at most one per account. */
  @Override
  public List<Map<String, String>> taskConfigs(int maxTasks) {
    return TaskPlan.taskConfigs(props, settings, maxTasks);
  }

  @Override
  public void stop() {
    // Tasks own the CRM connections; the connector holds none.
  }

  @Override
  public ConfigDef config() {
    return SourceSettings.DEF;
  }

  /** Supported: an offset is a checkpoint the CRM can be read again from. */
  @Override
  public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> connectorConfig) {
    return ExactlyOnceSupport.SUPPORTED;
  }

  /** Supported: with {@code transaction.boundary=connector}, each page is one transaction. */
  @Override
  public ConnectorTransactionBoundaries canDefineTransactionBoundaries(
      Map<String, String> connectorConfig) {
    return ConnectorTransactionBoundaries.SUPPORTED;
  }

  /**
   * Accepts offsets edited through the REST API only when each partition names an account and an
   * object and each offset is null (start over) or a checkpoint in this plugin's format.
   *
   * @throws ConnectException naming the partition at fault
   */
  @Override
  public boolean alterOffsets(
      Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
    offsets.forEach(
        (partition, offset) -> {
          if (!(partition.get("account") instanceof String)
              || !(partition.get("object") instanceof String)) {
            throw new ConnectException(
                "source partition " + partition + " must name an account and an object");
          }
          try {
            Stream.checkpoint(offset);
          } catch (IllegalArgumentException e) {
            throw new ConnectException("offset of " + partition + ": " + e.getMessage(), e);
          }
        });
    return true;
  }
}
