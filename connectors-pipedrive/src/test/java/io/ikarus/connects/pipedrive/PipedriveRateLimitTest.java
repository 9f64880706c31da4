package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.testkit.FakePipedrive;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class PipedriveRateLimitTest {

  @Test
  void theOwnBudgetCountFailsFastBeforeSendingWithTheTimeToMidnight() {
    FakePipedrive fake = FakePipedrive.builder().unlimited().start();
    PipedriveConnector.Builder b =
        PipedriveConnector.builder().apiToken(fake.apiToken()).dailyBudget(12);
    try (PipedriveFixture f = new PipedriveFixture(fake, b)) {
      await(f.crm.describe("deals")); // 10 tokens
      int before = fake.journal().count();

      assertThatThrownBy(() -> await(f.crm.create("deals", Map.of("title", "T")))) // 5 more
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> {
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
              });
      assertThat(fake.journal().count()).isEqualTo(before);
      assertThat(f.crm.tokensUsedToday()).isEqualTo(10);
    }
  }

  @Test
  void pipedrivesBudget429StopsEveryFollowingCallWithoutSendingIt() {
    FakePipedrive fake = FakePipedrive.builder().dailyBudget(15).start();
    PipedriveConnector.Builder b = PipedriveConnector.builder().apiToken(fake.apiToken());
    try (PipedriveFixture f = new PipedriveFixture(fake, b)) {
      await(f.crm.describe("deals"));
      String id = await(f.crm.create("deals", Map.of("title", "T"))).id();
      assertThatThrownBy(() -> await(f.crm.get("deals", id)))
          .isInstanceOfSatisfying(
              RateLimitException.class, e -> assertThat(e.isRetryable()).isFalse());
      int after429 = fake.journal().count();
      assertThatThrownBy(() -> await(f.crm.get("deals", id)))
          .isInstanceOf(RateLimitException.class);
      assertThat(fake.journal().count()).isEqualTo(after429);
      assertThat(fake.journal().filter(c -> c.status() == 429)).hasSize(1);
    }
  }

  @Test
  void aBurst429IsWaitedOutFromTheRateLimitHeaders() {
    FakePipedrive fake = FakePipedrive.builder().plan(FakePipedrive.Plan.LITE, 1).start();
    PipedriveConnector.Builder b =
        PipedriveConnector.builder().apiToken(fake.apiToken()).burstLimit(1000).writeConcurrency(1);
    try (PipedriveFixture f = new PipedriveFixture(fake, b)) {
      String id = fake.insert("deals", Map.of("title", "T"));
      await(f.crm.describe("deals"));
      List<CompletableFuture<?>> gets = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        gets.add(f.crm.get("deals", id));
      }
      gets.forEach(PipedriveFixture::await);
      assertThat(fake.journal().filter(c -> c.status() == 429)).isNotEmpty();
    }
  }

  @Test
  void cloudflaresHtmlPageIsANonRetryableRateLimitError() throws IOException {
    FakePipedrive fake = FakePipedrive.builder().plan(FakePipedrive.Plan.LITE, 1).start();
    OkHttpClient raw = new OkHttpClient();
    for (int i = 0; i < 35; i++) {
      Request r =
          new Request.Builder()
              .url(fake.url() + "/api/v2/deals/1")
              .header("x-api-token", fake.apiToken())
              .build();
      try (Response ignored = raw.newCall(r).execute()) {
        // a client that ignores 429s
      }
    }
    PipedriveConnector.Builder b = PipedriveConnector.builder().apiToken(fake.apiToken());
    try (PipedriveFixture f = new PipedriveFixture(fake, b)) {
      assertThatThrownBy(() -> await(f.crm.get("deals", "1")))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> {
                assertThat(e.isRetryable()).isFalse();
                assertThat(e.getMessage()).contains("Cloudflare");
              });
    }
  }
}
