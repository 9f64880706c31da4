package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The quick start, run against the fake exactly as its main does. */
class QuickStartTest {

  @Test
  void everyStepReachesTheFakeAndTheContactIsGoneAtTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      QuickStart.run(fake, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      String printed = bytes.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .containsPattern("created  003\\w{15}")
          .contains("got      Ada Lovelace")
          .contains("query    found 1 contact(s) with that email")
          .contains("stream   Lovelace")
          .contains("get now says: not found");
      assertThat(fake.count("Contact")).isZero();
      assertThat(fake.journal().count("PATCH", fake.dataPath() + "/sobjects/Contact/")).isOne();
    }
  }
}
