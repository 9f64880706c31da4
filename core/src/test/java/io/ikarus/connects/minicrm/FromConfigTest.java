package io.ikarus.connects.minicrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.CrmRecord;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FromConfigTest {

  @Test
  void buildsAConnectorThroughItsProviderWithEnvironmentValues() {
    try (MiniCrmServer fake = new MiniCrmServer()) {
      String json =
          """
          {"crm_type": "MiniCRM",
           "auth_config": {"client_secret": "${env:MINI_SECRET}"},
           "field_mapping": {"Email": "email"},
           "options": {"base_url": "%s", "auth_url": "%s", "timeout_ms": 5000,
                       "max_attempts": 2, "bulk_threshold": 5000,
                       "rate_limits": {"default": {"permits": 50, "period_ms": 1000}}}}
          """
              .formatted(fake.baseUrl(), fake.rootUrl());
      Map<String, String> env = Map.of("MINI_SECRET", MiniCrmServer.SECRET);

      try (CrmConnector crm = CrmConnectors.fromConfig(json, env::get)) {
        CrmRecord created = crm.create("contacts", Map.of("name", "Ada")).join();
        assertThat(crm.get("contacts", created.id()).join().field("name")).isEqualTo("Ada");
      }
      var config = MiniCrmProvider.lastConfig;
      assertThat(config.crmType()).isEqualTo("minicrm");
      assertThat(config.fieldMapping()).containsEntry("Email", "email");
      assertThat(config.option("bulk_threshold")).isEqualTo(5000);
      assertThat(config.options().callTimeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(config.options().retry().orElseThrow().maxAttempts()).isEqualTo(2);
      assertThat(config.options().rateLimit().orElseThrow().buckets().get("default").permits())
          .isEqualTo(50);
      assertThat(config.toString()).doesNotContain(MiniCrmServer.SECRET);
    }
  }

  @Test
  void aMissingEnvironmentVariableIsNamed() {
    String json =
        """
        {"crm_type": "minicrm", "auth_config": {"client_secret": "pre-${env:NOT_SET_ANYWHERE}"}}
        """;
    assertThatThrownBy(() -> CrmConnectors.fromConfig(json, name -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOT_SET_ANYWHERE")
        .hasMessageContaining("auth_config.client_secret");
  }

  @Test
  void anUnknownCrmTypeListsTheAvailableOnes() {
    assertThatThrownBy(() -> CrmConnectors.fromConfig(Map.of("crm_type", "nosuchcrm")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nosuchcrm")
        .hasMessageContaining("minicrm");
  }

  @Test
  void aBadOptionIsNamed() {
    Map<String, Object> config =
        Map.of(
            "crm_type", "minicrm",
            "auth_config", Map.of("client_secret", "x"),
            "options", Map.of("timeout_ms", "soon"));
    assertThatThrownBy(() -> CrmConnectors.fromConfig(config))
        .hasMessageContaining("options.timeout_ms");
  }

  @Test
  void aMissingAuthSettingIsNamed() {
    assertThatThrownBy(() -> CrmConnectors.fromConfig(Map.of("crm_type", "minicrm")))
        .hasMessageContaining("auth_config.client_secret is required for crm_type 'minicrm'");
  }

  @Test
  void malformedJsonIsReportedWithoutEchoingIt() {
    assertThatThrownBy(() -> CrmConnectors.fromConfig("{\"crm_type\": \"minicrm\", secret-value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed JSON")
        .hasMessageNotContaining("secret-value");
  }
}
