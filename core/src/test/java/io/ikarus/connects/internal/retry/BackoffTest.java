package io.ikarus.connects.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.resilience.RetrySettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final RetrySettings settings =
      RetrySettings.builder()
          .baseDelay(Duration.ofMillis(100))
          .maxDelay(Duration.ofMillis(300))
          .build();

  @Test
  void fullJitterStaysWithinTheCappedExponential() {
    for (int failures = 1; failures <= 70; failures++) {
      long ceiling = Math.min(300, 100L << Math.min(failures - 1, 10));
      for (int i = 0; i < 50; i++) {
        assertThat(RetryPolicies.backoff(failures, settings))
            .isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
      }
    }
  }

  @Test
  void jitterSpreadsTheDelays() {
    long distinct =
        java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> RetryPolicies.backoff(3, settings))
            .distinct()
            .count();
    assertThat(distinct).isGreaterThan(10);
  }

  @Test
  void withoutJitterTheDelayDoublesUpToTheCap() {
    RetrySettings fixed = settings.toBuilder().jitter(false).build();
    assertThat(RetryPolicies.backoff(1, fixed)).isEqualTo(Duration.ofMillis(100));
    assertThat(RetryPolicies.backoff(2, fixed)).isEqualTo(Duration.ofMillis(200));
    assertThat(RetryPolicies.backoff(3, fixed)).isEqualTo(Duration.ofMillis(300));
    assertThat(RetryPolicies.backoff(64, fixed)).isEqualTo(Duration.ofMillis(300));
  }
}
