package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot example, run against the fake as its main does. */
class SpringBootExampleTest {

  @Test
  void theStarterDeclaresTheConnectorAndTheRunnerReachesTheFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start();
        ConfigurableApplicationContext context =
            SpringBootExample.run(hubspot, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      assertThat(context.getBean("crm", CrmConnector.class).name()).isEqualTo("hubspot");
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .containsPattern("created  \\d+ through bean 'hubspot'")
          .contains("read     ada@example.com");
      assertThat(hubspot.count("contacts")).isOne();
    }
  }
}
