package io.ikarus.connects.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.spi.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration errors name the key at fault and, for an unknown key, its closest neighbour. */
class ConfigValidationTest {

  private static String acme() {
    return Configs.load("acme-link");
  }

  private static GenericConfigException refused(String json) {
    try {
      RestConnector.builder().configJson(json).secret("apiKey", "k").build();
    } catch (GenericConfigException e) {
      return e;
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void anUnknownNestedKeyNamesItsClosestNeighbour() {
    GenericConfigException e = refused(acme().replace("\"sizeParam\"", "\"sizeParm\""));
    assertThat(e.key()).isEqualTo("objects.people.list.pagination.sizeParm");
    assertThat(e.suggestion()).isEqualTo("sizeParam");
    assertThat(e.getMessage()).contains("did you mean 'sizeParam'");
  }

  @Test
  void anUnknownTopLevelKeyIsRefusedToo() {
    GenericConfigException e = refused(acme().replace("\"errors\"", "\"erors\""));
    assertThat(e.key()).isEqualTo("erors");
    assertThat(e.suggestion()).isEqualTo("errors");
  }

  @Test
  void aFractionWhereAWholeNumberBelongsIsAnError() {
    GenericConfigException e = refused(acme().replace("\"pageSize\": 100", "\"pageSize\": 10.5"));
    assertThat(e.key()).isEqualTo("objects.people.list.pagination.pageSize");
    assertThat(e.getMessage()).contains("whole number");
  }

  @Test
  void aBadChoiceAndAMissingSecretAreNamed() {
    assertThat(refused(acme().replace("\"link_header\"", "\"link_headers\"")).suggestion())
        .isEqualTo("link_header");
    assertThatThrownBy(() -> RestConnector.builder().configJson(acme()).build())
        .isInstanceOf(GenericConfigException.class)
        .hasMessageContaining("needs the secret 'apiKey'");
  }

  @Test
  void anUnknownPresetNamesTheClosest() {
    assertThatThrownBy(() -> RestConnector.builder().preset("zoho"))
        .isInstanceOf(GenericConfigException.class)
        .hasMessageContaining("zoho-crm");
  }

  @Test
  void providersBuildBothCrmTypesFromConfig() {
    Map<String, Object> config =
        Map.of(
            "crm_type", "rest",
            "auth_config", Map.of("apiKey", "k"),
            "options", Map.of("connector", Json.parseObject(acme())));
    try (var crm = CrmConnectors.fromConfig(config)) {
      assertThat(crm).isInstanceOf(RestConnector.class);
      assertThat(crm.name()).isEqualTo("acme");
    }
    Map<String, Object> gql =
        Map.of(
            "crm_type", "graphql",
            "auth_config", Map.of("token", "t"),
            "options", Map.of("connector_file", "", "settings", Map.of("boardId", "1")));
    assertThatThrownBy(() -> CrmConnectors.fromConfig(gql)).isInstanceOf(RuntimeException.class);
  }
}
