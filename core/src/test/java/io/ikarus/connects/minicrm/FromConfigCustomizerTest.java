package io.ikarus.connects.minicrm;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.event.ConnectorListener;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FromConfigCustomizerTest {

  @Test
  void theHostAdjustsTheOptionsReadFromTheConfigurationBeforeTheConnectorIsBuilt() {
    ConnectorListener listener = new ConnectorListener() {};

    CrmConnectors.fromConfig(
            Map.of(
                "crm_type", "minicrm",
                "auth_config", Map.of("client_secret", "s"),
                "options", Map.of("timeout_ms", 1500)),
            name -> null,
            options -> options.toBuilder().listener(listener).build())
        .close();

    assertThat(MiniCrmProvider.lastConfig.options().listener()).isSameAs(listener);
    assertThat(MiniCrmProvider.lastConfig.options().readTimeout())
        .isEqualTo(Duration.ofMillis(1500));
  }
}
