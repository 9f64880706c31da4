package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's leads demo, run offline exactly as the demo command runs it. */
class LeadsDemoTest {

  @Test
  void leadsFromFourSourcesLandOnceInTheCrm() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int status = LeadsDemo.run(out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(printed).isZero();
    assertThat(printed)
        .contains("website: Asha Rao again (integrator retry) -> 200 {\"status\":\"duplicate\"")
        .contains("| indiamart-pull |")
        .contains("contacts in HubSpot: 8")
        .contains("every lead landed once");
  }
}
