package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.kafka.internal.SourceSettings;
import io.ikarus.connects.kafka.internal.Stream;
import io.ikarus.connects.kafka.internal.TaskPlan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.Test;

class CrmSourceConnectorTest {

  private static Map<String, String> threeAccounts() {
    Map<String, String> p = new HashMap<>();
    p.put("name", "multi");
    p.put("crm_type", "hubspot");
    p.put("objects", "contacts,deals");
    p.put("accounts", "acme,globex,initech");
    for (String a : List.of("acme", "globex", "initech")) {
      p.put("accounts." + a + ".auth_config", "{\"api_token\": \"pat-" + a + "\"}");
    }
    return p;
  }

  @Test
  void everyStreamOfAnAccountStaysInOneTask() {
    CrmSourceConnector connector = new CrmSourceConnector();
    connector.start(threeAccounts());

    List<Map<String, String>> two = connector.taskConfigs(2);
    List<Map<String, String>> many = connector.taskConfigs(10);

    assertThat(two).hasSize(2);
    assertThat(many).hasSize(3);
    SourceSettings settings = SourceSettings.parse(threeAccounts());
    List<List<Stream>> streams =
        two.stream().map(config -> TaskPlan.streams(config, settings)).toList();
    assertThat(streams.get(0))
        .extracting(Stream::account)
        .containsExactly("acme", "acme", "globex", "globex");
    assertThat(streams.get(1))
        .extracting(Stream::toString)
        .containsExactly("initech/contacts", "initech/deals");
  }

  @Test
  void oneAccountRunsInOneTaskWhateverMaxTasks() {
    Map<String, String> p = new HashMap<>();
    p.put("crm_type", "hubspot");
    p.put("objects", "contacts,deals,companies");
    p.put("auth_config.api_token", "pat-x");
    CrmSourceConnector connector = new CrmSourceConnector();
    connector.start(p);

    assertThat(connector.taskConfigs(8)).hasSize(1);
  }

  @Test
  void declaresExactlyOnceSupportAndTransactionBoundaries() {
    CrmSourceConnector connector = new CrmSourceConnector();

    assertThat(connector.exactlyOnceSupport(Map.of())).isEqualTo(ExactlyOnceSupport.SUPPORTED);
    assertThat(connector.canDefineTransactionBoundaries(Map.of()))
        .isEqualTo(ConnectorTransactionBoundaries.SUPPORTED);
  }

  @Test
  void alteredOffsetsMustBeCheckpointsOfThisFormat() {
    CrmSourceConnector connector = new CrmSourceConnector();
    Map<String, ?> partition = Map.of("connector", "c", "account", "a", "object", "o");
    Map<Map<String, ?>, Map<String, ?>> reset = new HashMap<>();
    reset.put(partition, null);

    assertThat(connector.alterOffsets(Map.of(), reset)).isTrue();
    assertThat(
            connector.alterOffsets(Map.of(), Map.of(partition, Map.of("checkpoint", "x", "v", 1))))
        .isTrue();
    assertThatThrownBy(
            () -> connector.alterOffsets(Map.of(), Map.of(partition, Map.of("checkpoint", 5))))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("version");
    Map<Map<String, ?>, Map<String, ?>> noAccount = new HashMap<>();
    noAccount.put(Map.of("x", "y"), null);
    assertThatThrownBy(() -> connector.alterOffsets(Map.of(), noAccount))
        .isInstanceOf(ConnectException.class)
        .hasMessageContaining("account");
  }

  @Test
  void badSettingsAreNamedAndSecretsNeverShown() {
    Map<String, String> p = threeAccounts();
    p.put("accounts.globex.auth_config", "{not json: pat-secret-value");

    assertThatThrownBy(() -> new CrmSourceConnector().start(p))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("accounts.globex.auth_config")
        .hasMessageNotContaining("pat-secret-value");

    Map<String, String> unknown = threeAccounts();
    unknown.put("crm_type", "nosuchcrm");
    assertThatThrownBy(() -> new CrmSourceConnector().start(unknown))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nosuchcrm");

    Map<String, String> twice = threeAccounts();
    twice.put("objects", "deals,deals");
    assertThatThrownBy(() -> new CrmSourceConnector().start(twice))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("objects");
  }
}
