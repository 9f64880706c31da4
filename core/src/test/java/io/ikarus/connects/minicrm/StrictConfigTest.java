package io.ikarus.connects.minicrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ConfigurationException;
import io.ikarus.connects.CrmConnectors;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StrictConfigTest {

  @Test
  void aMisspelledSectionIsRefusedInsteadOfSilentlyDroppingTheBaseUrl() {
    String json =
        """
        {"crm_type": "minicrm", "auth_config": {"client_secret": "s"},
         "option": {"base_url": "http://127.0.0.1:1"}}""";

    assertThatThrownBy(() -> CrmConnectors.fromConfig(json))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'option'")
        .hasMessageContaining("did you mean 'options'?")
        .extracting(e -> ((ConfigurationException) e).key())
        .isEqualTo("option");
  }

  @Test
  void anUnknownOptionNamesTheClosestCommonOrConnectorKey() {
    assertThatThrownBy(() -> build("\"options\": {\"timout_ms\": 1000}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'options.timout_ms'; did you mean 'options.timeout_ms'?");
    assertThatThrownBy(() -> build("\"options\": {\"bulk_treshold\": 10}"))
        .hasMessageContaining("did you mean 'options.bulk_threshold'?");
  }

  @Test
  void anUnknownAuthKeyIsRefusedWithoutQuotingAnyValue() {
    assertThatThrownBy(
            () ->
                CrmConnectors.fromConfig(
                    """
                    {"crm_type": "minicrm",
                     "auth_config": {"client_secret": "s", "clientid": "very-secret-value"}}"""))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'auth_config.clientid'; did you mean 'auth_config.client_id'?")
        .hasMessageNotContaining("very-secret-value");
  }

  @Test
  void aFractionWhereAWholeNumberIsExpectedIsAnErrorNotATruncation() {
    assertThatThrownBy(() -> build("\"options\": {\"timeout_ms\": 2.7}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("options.timeout_ms must be a whole number, not 2.7");
    assertThatThrownBy(() -> build("\"options\": {\"max_attempts\": \"3.5\"}"))
        .hasMessageContaining("options.max_attempts must be a whole number");
  }

  @Test
  void wholeNumbersWrittenAsDecimalsOrStringsAreAccepted() {
    build("\"options\": {\"timeout_ms\": 2000.0, \"max_attempts\": \"4\"}").close();

    assertThat(MiniCrmProvider.lastConfig.options().readTimeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void anUnknownKeyInsideARateLimitBucketIsRefused() {
    assertThatThrownBy(
            () ->
                build(
                    "\"options\": {\"rate_limits\": {\"default\":"
                        + " {\"permits\": 10, \"period\": 1000}}}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'options.rate_limits.default.period'")
        .hasMessageContaining("did you mean 'options.rate_limits.default.period_ms'?");
  }

  @Test
  void aMisspelledCrmTypeSuggestsTheRightOne() {
    assertThatThrownBy(() -> CrmConnectors.fromConfig("{\"crm_type\": \"minicr\"}"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("did you mean 'minicrm'?");
  }

  private static io.ikarus.connects.CrmConnector build(String extra) {
    return CrmConnectors.fromConfig(
        "{\"crm_type\": \"minicrm\", \"auth_config\": {\"client_secret\": \"s\"}, " + extra + "}");
  }
}
