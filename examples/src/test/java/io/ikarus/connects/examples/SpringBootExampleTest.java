package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.ConfigurationException;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.spring.ConnectsAutoConfiguration;
import io.ikarus.connects.spring.ConnectsHealthAutoConfiguration;
import io.ikarus.connects.testkit.FakeCrmExtension;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot example against the HubSpot fake, started by the test kit's JUnit extension. */
class SpringBootExampleTest {

  @RegisterExtension
  static final FakeCrmExtension<FakeHubSpot> HUBSPOT =
      FakeHubSpot.builder().sampleData(false).extension();

  @Test
  void theApplicationStartsAsItsMainDoesAndItsRunnerReachesTheFake() {
    FakeHubSpot hubspot = HUBSPOT.fake();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ConfigurableApplicationContext context =
        SpringBootExample.run(hubspot, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      assertThat(context.getBean("crm", CrmConnector.class).name()).isEqualTo("hubspot");
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("health   crm UP")
          .containsPattern("created  \\d+ through bean 'hubspot'")
          .contains("read     ada@example.com");
      assertThat(hubspot.count("contacts")).isOne();
    }
  }

  @Test
  void theSamePropertiesInAContextRunnerGiveAHealthyConnectorBean() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ConnectsAutoConfiguration.class, ConnectsHealthAutoConfiguration.class))
        .withPropertyValues(propertyValues(HUBSPOT.fake()))
        .run(
            context -> {
              HealthIndicator health =
                  (HealthIndicator)
                      context.getBean(CompositeHealthContributor.class).getContributor("crm");
              assertThat(health.health().getStatus()).isEqualTo(Status.UP);
              assertThat(context.getBean("crm", CrmConnector.class).name()).isEqualTo("hubspot");
            });
  }

  @Test
  void aMisspelledOptionsKeyFailsTheStartInsteadOfCallingProduction() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ConnectsAutoConfiguration.class))
        .withPropertyValues(
            "ikarus.connects.crm.crm-type=hubspot",
            "ikarus.connects.crm.auth-config.api-token=" + HUBSPOT.fake().privateAppToken(),
            "ikarus.connects.crm.option.base-url=" + HUBSPOT.fake().url())
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(ConfigurationException.class)
                  .hasMessageContaining("ikarus.connects.crm.option")
                  .hasMessageContaining("options");
            });
  }

  private static String[] propertyValues(FakeHubSpot hubspot) {
    return SpringBootExample.properties(hubspot).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }
}
