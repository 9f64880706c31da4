package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder refuses bad settings at once, naming the setting and the value. */
class MondayBuilderTest {

  @Test
  void badSettingsAreRefusedNamingTheSetting() {
    MondayConnector.Builder b = MondayConnector.builder();
    assertThatThrownBy(() -> b.apiToken(" ")).hasMessageContaining("apiToken");
    assertThatThrownBy(() -> b.defaultObject("leads"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("boardId must be numeric: leads");
    assertThatThrownBy(() -> b.apiVersion("2025-1")).hasMessageContaining("2025-1");
    assertThatThrownBy(() -> b.batchSize(0)).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> b.defaultPhoneCountry("us")).hasMessageContaining("us");
    assertThatThrownBy(() -> b.complexityBudget(0, Duration.ofSeconds(60)))
        .hasMessageContaining("complexity budget");
    assertThatThrownBy(() -> b.maxQueryComplexity(1)).hasMessageContaining("maxQueryComplexity");
    assertThatThrownBy(() -> b.changeLookback(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.baseUrl(URI.create("http://api.example.com")))
        .hasMessageContaining("baseUrl");
  }

  @Test
  void buildNeedsCredentialsAndKeepsTheBoard() {
    assertThatThrownBy(() -> MondayConnector.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MondayConnector");
    try (MondayConnector c =
        MondayConnector.builder().apiToken("t").defaultObject("123").batchSize(7).build()) {
      assertThat(c.defaultObject()).contains("123");
      assertThat(c.capabilities().maxBatchSize()).isEqualTo(7);
    }
    try (MondayConnector c = MondayConnector.builder().apiToken("t").build()) {
      assertThat(c.defaultObject()).isEmpty();
      assertThat(c.capabilities().maxBatchSize()).isEqualTo(50);
    }
  }
}
