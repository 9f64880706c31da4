package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DeliveryRetryTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final RecordingSink sink = new RecordingSink();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final LeadPipeline pipeline =
      LeadPipeline.builder()
          .sink(sink)
          .clock(clock)
          .retryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 3)
          .listener(
              new LeadListener() {
                @Override
                public void delivered(Lead lead, String targetId) {
                  events.add("delivered " + targetId);
                }

                @Override
                public void failed(Lead lead, String reason, int attempts) {
                  events.add("failed " + attempts + " " + reason);
                }
              })
          .source(CustomWebhookSource.builder("site").build())
          .build();

  private WebhookResponse send(String phone) {
    return Webhooks.send(
        pipeline, WebhookSender.custom("/leads/site", null, Map.of("phone", phone)));
  }

  @Test
  void failedDeliveryIsQueuedWithItsReasonAndRetriedWithBackoff() {
    sink.failNext.set(2);
    WebhookResponse r = send("9876543210");

    assertThat(r.status()).isEqualTo(202);
    String id = (String) Webhooks.json(r).get("id");
    assertThat(pipeline.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason()).isEqualTo("IllegalStateException: CRM unavailable");
              assertThat(f.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
              assertThat(pipeline.stores().payloads().find(f.lead().rawPayloadId())).isPresent();
            });
    assertThat(pipeline.retryDue().join()).isZero();
    clock.advance(Duration.ofSeconds(30));
    assertThat(pipeline.retryDue().join()).isZero();
    assertThat(pipeline.failed().get(0).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
    clock.advance(Duration.ofSeconds(60));
    assertThat(pipeline.retryDue().join()).isEqualTo(1);

    assertThat(sink.leads).extracting(Lead::id).containsExactly(id);
    assertThat(pipeline.failed()).isEmpty();
    assertThat(events)
        .containsExactly(
            "failed 1 IllegalStateException: CRM unavailable",
            "failed 2 IllegalStateException: CRM unavailable",
            "delivered crm-1");
    SourceMetrics m = pipeline.metrics().get("site");
    assertThat(m.created()).isEqualTo(1);
    assertThat(m.failures()).isEqualTo(2);
    assertThat(m.delivered()).isEqualTo(1);
  }

  @Test
  void exhaustedRetriesWaitForAReplayByHand() {
    sink.failNext.set(3);
    String id = (String) Webhooks.json(send("9876543210")).get("id");
    clock.advance(Duration.ofMinutes(1));
    pipeline.retryDue().join();
    clock.advance(Duration.ofMinutes(5));
    pipeline.retryDue().join();

    assertThat(pipeline.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.attempts()).isEqualTo(3);
              assertThat(f.nextAttemptAt()).isNull();
            });
    clock.advance(Duration.ofDays(1));
    assertThat(pipeline.retryDue().join()).isZero();
    assertThat(pipeline.replay(id).join().status()).isEqualTo(LeadOutcome.Status.DELIVERED);
    assertThat(pipeline.failed()).isEmpty();
    assertThat(sink.leads).hasSize(1);
  }

  @Test
  void retentionPurgesOldPayloads() {
    send("9876543210");
    clock.advance(Duration.ofDays(31));
    assertThat(pipeline.purgeExpired()).isEqualTo(2);
  }
}
