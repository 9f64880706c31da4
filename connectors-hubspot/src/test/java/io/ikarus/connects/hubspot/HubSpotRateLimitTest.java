package io.ikarus.connects.hubspot;

import static io.ikarus.connects.hubspot.FakeSetup.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HubSpotRateLimitTest {

  @Test
  void defaultLimiterKeepsThreeThousandRecordsUnderTheRollingWindow() {
    try (FakeHubSpot fake =
            FakeHubSpot.builder()
                .rateLimits(10, Duration.ofSeconds(1), 1_000_000, 100, Duration.ofSeconds(1))
                .start();
        HubSpotConnector hubspot =
            FakeSetup.connector(fake, BearerTokenAuth.of(fake.privateAppToken()))
                .burstLimit(10, Duration.ofSeconds(1))
                .build()) {
      List<Map<String, Object>> records = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        records.add(Map.of("email", "r" + i + "@example.com"));
      }

      BatchResult result = await(hubspot.upsertAll("contacts", "email", records));

      assertThat(result.allSucceeded()).isTrue();
      assertThat(result.apiCalls()).isEqualTo(30);
      assertThat(fake.journal().filter(c -> c.status() == 429)).isEmpty();
    }
  }

  @Test
  void dailyLimitFailsAtOnceWithoutRetrying() {
    try (FakeHubSpot fake =
            FakeHubSpot.builder()
                .rateLimits(100, Duration.ofSeconds(10), 2, 100, Duration.ofSeconds(1))
                .start();
        HubSpotConnector hubspot = FakeSetup.connector(fake).build()) {
      String id = fake.insert("contacts", Map.of("firstname", "d"));
      await(hubspot.get("contacts", id)); // the day's 2 calls: the property list, then the record

      assertThatThrownBy(() -> await(hubspot.get("contacts", id)))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> {
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.vendorCode()).isEqualTo("DAILY");
              });
      assertThat(fake.journal().count()).isEqualTo(3);
    }
  }

  @Test
  void tenSecondlyLimitIsWaitedOut() {
    try (FakeHubSpot fake =
            FakeHubSpot.builder()
                .rateLimits(2, Duration.ofMillis(300), 1_000_000, 100, Duration.ofSeconds(1))
                .start();
        HubSpotConnector hubspot = FakeSetup.connector(fake).build()) {
      String id = fake.insert("contacts", Map.of("firstname", "t"));
      List<CompletableFuture<CrmRecord>> reads = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        reads.add(hubspot.get("contacts", id));
      }

      reads.forEach(r -> assertThat(await(r).field("firstname")).isEqualTo("t"));
      assertThat(fake.journal().filter(c -> c.status() == 429)).isNotEmpty();
    }
  }
}
