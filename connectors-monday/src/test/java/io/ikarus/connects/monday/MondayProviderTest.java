package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.testkit.FakeMonday;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code crm_type: monday} through {@link CrmConnectors#fromConfig}. */
class MondayProviderTest {

  @Test
  void buildsAWorkingConnectorFromConfig() {
    try (FakeMonday fake = FakeMonday.start();
        CrmConnector crm =
            CrmConnectors.fromConfig(
                Map.of(
                    "crm_type", "monday",
                    "auth_config",
                        Map.of("api_token", fake.apiToken(), "board_id", fake.sampleBoardId()),
                    "options", Map.of("base_url", fake.url())))) {
      String id = crm.create("leads", Map.of("name", "From config")).join().id();

      assertThat(crm.name()).isEqualTo("monday");
      assertThat(crm.get("leads", id).join().field("name")).isEqualTo("From config");
      assertThat(fake.journal().calls().get(0).body()).doesNotContain(fake.apiToken());
    }
  }

  @Test
  void aMissingTokenIsNamed() {
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    Map.of("crm_type", "monday", "auth_config", Map.of("board_id", "1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("api_token");
  }
}
