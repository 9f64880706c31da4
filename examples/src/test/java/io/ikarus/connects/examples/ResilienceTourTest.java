package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The resilience tour, run against the fake exactly as its main does. */
class ResilienceTourTest {

  @Test
  void everyInjectedFaultIsHandledByTheEventsItShouldCause() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      int unhandled =
          ResilienceTour.run(fake, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      String printed = bytes.toString(StandardCharsets.UTF_8);
      assertThat(unhandled).as(printed).isZero();
      assertThat(printed)
          .containsPattern("429 Too Many Requests.* -> succeeded after 1 vendor rate limit")
          .containsPattern("503 Service Unavailable, twice +-> succeeded after 2 retries")
          .containsPattern("expired access token +-> succeeded after .*1 token refresh")
          .containsPattern("connection dropped mid-response +-> succeeded after 1 retry")
          .contains("response      no response")
          .contains("every fault was handled");
      assertThat(fake.journal().count("PATCH", fake.dataPath() + "/sobjects/Contact/"))
          .isEqualTo(2);
    }
  }
}
