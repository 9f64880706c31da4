package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.FakePipedrive;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration-driven example, run against the fake exactly as its main does. */
class ConfigDrivenTest {

  @Test
  void payloadBecomesACleanLeadAndAMissingEmailIsRejectedByName() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      String id = ConfigDriven.run(fake, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      Map<String, Object> lead = fake.record("Lead", id).orElseThrow();
      assertThat(lead)
          .containsEntry("FirstName", "Ada")
          .containsEntry("LastName", "Lovelace")
          .containsEntry("Email", "ada@example.com")
          .containsEntry("Description", "Analytical Engine")
          .containsEntry("Company", "[not provided]")
          .containsEntry("LeadSource", "Web");
      assertThat(fake.count("Lead")).isOne();
      String printed = bytes.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .contains("created  Lead " + id + " in salesforce")
          .containsPattern("rejected .*: \\[Email: REQUIRED_FIELD_MISSING");
    }
  }

  @Test
  void thePipedriveConfigurationCreatesAPersonWithThePrimaryEmail() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakePipedrive fake = FakePipedrive.start()) {
      String id =
          ConfigDriven.runPipedrive(fake, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      Map<String, Object> person = fake.record("persons", id).orElseThrow();
      assertThat(person).containsEntry("name", "Ada Lovelace");
      assertThat(person.get("emails").toString()).contains("ada@example.com");
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("created  PERSON " + id + " in pipedrive");
    }
  }
}
