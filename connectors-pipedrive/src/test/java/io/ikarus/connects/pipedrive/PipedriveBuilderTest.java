package io.ikarus.connects.pipedrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.ValidationException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder refuses bad settings at once, naming the setting and the value. */
class PipedriveBuilderTest {

  @Test
  void badSettingsAreRefusedNamingTheSetting() {
    PipedriveConnector.Builder b = PipedriveConnector.builder();
    assertThatThrownBy(() -> b.dailyBudget(0)).hasMessageContaining("dailyBudget must be positive");
    assertThatThrownBy(() -> b.burstLimit(0)).hasMessageContaining("burstLimit must be positive");
    assertThatThrownBy(() -> b.writeConcurrency(101)).hasMessageContaining("1..100: 101");
    assertThatThrownBy(() -> b.plan(PipedrivePlan.GROWTH, 0)).hasMessageContaining("seats");
    assertThatThrownBy(() -> b.changeLookback(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.authUrl(URI.create("http://oauth.example.com")))
        .hasMessageContaining("authUrl");
    assertThatThrownBy(() -> b.defaultObject("TICKET"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("TICKET");
  }

  @Test
  void buildNeedsCredentialsAndKeepsTheSettings() {
    assertThatThrownBy(() -> PipedriveConnector.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PipedriveConnector");
    try (PipedriveConnector c =
        PipedriveConnector.builder()
            .apiToken("secret-token")
            .defaultObject("DEAL")
            .writeConcurrency(3)
            .build()) {
      assertThat(c.defaultObject()).contains("deals");
      assertThat(c.capabilities().maxBatchSize()).isEqualTo(3);
      assertThat(c.tokensUsedToday()).isZero();
      assertThat(c.toString()).contains("writeConcurrency=3").doesNotContain("secret-token");
    }
  }
}
