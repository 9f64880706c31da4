package io.ikarus.connects.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotProviderTest {

  @Test
  void buildsFromTheConfigShapeUsersHaveToday() {
    Map<String, String> env = Map.of("HUBSPOT_TOKEN", "pat-na1-secret-value");

    try (CrmConnector crm =
        CrmConnectors.fromConfig(
            "{\"crm_type\":\"hubspot\",\"auth_config\":{\"api_token\":\"${env:HUBSPOT_TOKEN}\","
                + "\"object_type\":\"contacts\"}}",
            env::get)) {
      assertThat(crm).isInstanceOf(HubSpotConnector.class);
      assertThat(crm.name()).isEqualTo("hubspot");
      assertThat(((HubSpotConnector) crm).defaultObject()).contains("contacts");
      assertThat(crm.capabilities().maxBatchSize()).isEqualTo(100);
      assertThat(crm.toString()).doesNotContain("pat-na1-secret-value");
    }
    assertThat(CrmConnectors.available()).contains("hubspot");
  }

  @Test
  void acceptsOAuthCredentialsAndNamesWhatIsMissing() {
    try (CrmConnector crm =
        CrmConnectors.fromConfig(
            Map.of(
                "crm_type", "hubspot",
                "auth_config",
                    Map.of("client_id", "id", "client_secret", "s", "refresh_token", "r"),
                "options", Map.of("burst_limit", "190")))) {
      assertThat(crm).isInstanceOf(HubSpotConnector.class);
    }
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of("crm_type", "hubspot", "auth_config", Map.of("object_type", "deals"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("api_token");
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of(
                        "crm_type",
                        "hubspot",
                        "auth_config",
                        Map.of("client_id", "id", "client_secret", "s"))))
        .hasMessageContaining("code");
  }
}
