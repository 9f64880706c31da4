package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's demo, run offline exactly as the demo command runs it. */
class DemoTest {

  @Test
  void offlineDemoSyncsBothWaysAndEveryRunMatchesTheScenario() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int status = Demo.run(Map.of(), out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(printed).isZero();
    assertThat(printed)
        .contains("offline: embedded FakeSalesforce")
        .contains("seeded 2,000 Salesforce contacts and 1,200 HubSpot contacts")
        .contains("firstname 'Adaline' -> 'Adela'")
        .contains("every run did what the scenario expects");
  }

  @Test
  void liveModeNeedsBothAccounts() {
    assertThat(LiveCrms.fromEnvironment(Map.of("HUBSPOT_TOKEN", "x"))).isNull();
    assertThat(
            LiveCrms.fromEnvironment(
                Map.of("SF_CLIENT_ID", "id", "SF_USERNAME", "u", "SF_PASSWORD", "p")))
        .isNull();
  }
}
