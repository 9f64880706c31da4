package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

  private static final String OLD = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String NEW = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final RecordingSink sink = new RecordingSink();
  private final StandardWebhookSource source =
      StandardWebhookSource.builder("std").secret(OLD).build();
  private final LeadPipeline pipeline =
      LeadPipeline.builder().sink(sink).clock(clock).source(source).build();

  private SignedWebhook delivery(String secret, String id, Instant signedAt) {
    return WebhookSender.standard(
        "/leads/std", secret, id, signedAt, Map.of("phone", "+44 20 7946 0958", "name", "Jo"));
  }

  @Test
  void signedDeliveryPassesAndItsRetryIsADuplicate() {
    WebhookResponse first = Webhooks.send(pipeline, delivery(OLD, "msg_1", clock.instant()));
    clock.advance(Duration.ofMinutes(1));
    WebhookResponse retry = Webhooks.send(pipeline, delivery(OLD, "msg_1", clock.instant()));

    assertThat(first.status()).isEqualTo(200);
    assertThat(Webhooks.json(retry))
        .containsEntry("status", "duplicate")
        .containsEntry("id", Webhooks.json(first).get("id"));
    assertThat(sink.leads.get(0).phoneNumber()).isEqualTo("+442079460958");
  }

  @Test
  void staleTimestampTamperedBodyAndWrongKeyAre401() {
    Instant old = clock.instant().minus(Duration.ofMinutes(6));
    assertThat(Webhooks.send(pipeline, delivery(OLD, "a", old)).status()).isEqualTo(401);
    assertThat(Webhooks.send(pipeline, delivery(NEW, "b", clock.instant())).status())
        .isEqualTo(401);
    SignedWebhook good = delivery(OLD, "c", clock.instant());
    SignedWebhook tampered =
        new SignedWebhook(good.path(), good.headers(), "{\"phone\":\"1\"}".getBytes());
    assertThat(Webhooks.send(pipeline, tampered).status()).isEqualTo(401);
    assertThat(sink.leads).isEmpty();
  }

  @Test
  void rotationAcceptsBothKeysDuringTheGraceAndSeveralSignatures() {
    source.rotateSecret(NEW, clock.instant(), clock.instant().plus(Duration.ofHours(24)));
    assertThat(Webhooks.send(pipeline, delivery(OLD, "x1", clock.instant())).status())
        .isEqualTo(200);
    SignedWebhook both = delivery(NEW, "x2", clock.instant());
    String sigs =
        delivery(OLD, "x2", clock.instant()).headers().get("webhook-signature").get(0)
            + " "
            + both.headers().get("webhook-signature").get(0);
    assertThat(Webhooks.send(pipeline, both.withHeader("webhook-signature", sigs)).status())
        .isEqualTo(200);
  }
}
