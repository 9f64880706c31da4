package io.ikarus.connects.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;
import org.junit.jupiter.api.Test;

/** What a worker with {@code plugin.discovery=service_load} needs to find the plugin. */
class PluginPackagingTest {

  @Test
  void bothConnectorsAreRegisteredAsServices() {
    assertThat(ServiceLoader.load(SourceConnector.class).stream().map(p -> p.type().getName()))
        .contains(CrmSourceConnector.class.getName());
    assertThat(ServiceLoader.load(SinkConnector.class).stream().map(p -> p.type().getName()))
        .contains(CrmSinkConnector.class.getName());
  }

  @Test
  void connectorsAndTasksReportTheProjectVersion() {
    String version = new CrmSourceConnector().version();

    assertThat(version).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    assertThat(new CrmSinkConnector().version()).isEqualTo(version);
    assertThat(new CrmSourceTask().version()).isEqualTo(version);
    assertThat(new CrmSinkTask().version()).isEqualTo(version);
  }
}
