package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomWebhookTest {

  private static final String SECRET = "s3cret-s3cret-s3cret";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final RecordingSink sink = new RecordingSink();
  private final CustomWebhookSource source =
      CustomWebhookSource.builder("site").secret(SECRET).build();
  private final LeadPipeline pipeline =
      LeadPipeline.builder().sink(sink).clock(clock).source(source).build();

  private SignedWebhook lead(String phone, String email) {
    Map<String, Object> fields = new HashMap<>(Map.of("phone", phone, "name", "Asha Rao"));
    if (email != null) {
      fields.put("email", email);
    }
    return WebhookSender.custom("/leads/site", SECRET, fields);
  }

  @Test
  void signedLeadIsAcceptedNormalisedAndDelivered() {
    WebhookResponse r = Webhooks.send(pipeline, lead("098765 43210", " Asha@Example.COM "));

    assertThat(r.status()).isEqualTo(200);
    assertThat(Webhooks.json(r)).containsEntry("status", "accepted").containsKey("id");
    Lead lead = sink.leads.get(0);
    assertThat(lead.phoneNumber()).isEqualTo("+919876543210");
    assertThat(lead.email()).isEqualTo("asha@example.com");
    assertThat(lead.source()).isEqualTo("webhook");
    assertThat(lead.id()).isEqualTo(Webhooks.json(r).get("id"));
    assertThat(pipeline.stores().payloads().find(lead.rawPayloadId()).orElseThrow().text())
        .contains("098765 43210");
    assertThat(lead.toString()).doesNotContain("Asha").doesNotContain("98765");
  }

  @Test
  void badOrMissingSignatureIs401AndNothingIsDelivered() {
    SignedWebhook w = lead("9876543210", "a@example.com");
    assertThat(Webhooks.send(pipeline, w.withHeader("X-Webhook-Signature", "sha256=00")).status())
        .isEqualTo(401);
    assertThat(Webhooks.send(pipeline, w.withHeader("X-Webhook-Signature", null)).status())
        .isEqualTo(401);
    assertThat(sink.leads).isEmpty();
    assertThat(pipeline.metrics().get("site").rejected()).isEqualTo(2);
  }

  @Test
  void missingPhoneIs400NamingEveryFailingField() {
    WebhookResponse r =
        Webhooks.send(
            pipeline,
            WebhookSender.custom("/leads/site", SECRET, Map.of("name", "X", "email", "nope")));

    assertThat(r.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) Webhooks.json(r).get("errors");
    assertThat(errors).extracting(e -> e.get("field")).containsExactly("phoneNumber", "email");
    assertThat(r.bodyText()).doesNotContain("nope");
  }

  @Test
  void samePhoneWithinTheWindowIsADuplicateWithTheFirstId() {
    String first =
        (String) Webhooks.json(Webhooks.send(pipeline, lead("9876543210", null))).get("id");
    clock.advance(Duration.ofHours(2));
    WebhookResponse again = Webhooks.send(pipeline, lead("+91 98765 43210", "x@example.com"));

    assertThat(again.status()).isEqualTo(200);
    assertThat(Webhooks.json(again))
        .containsEntry("status", "duplicate")
        .containsEntry("id", first);
    clock.advance(Duration.ofHours(23));
    assertThat(Webhooks.json(Webhooks.send(pipeline, lead("9876543210", null))))
        .containsEntry("status", "accepted");
    assertThat(sink.leads).hasSize(2);
  }

  @Test
  void unknownConnectorIs404AndOversizedBodyIs413() {
    assertThat(
            Webhooks.send(pipeline, WebhookSender.custom("/leads/nope", SECRET, Map.of())).status())
        .isEqualTo(404);
    LeadPipeline small = LeadPipeline.builder().sink(sink).source(source).maxBodyBytes(10).build();
    assertThat(Webhooks.send(small, lead("9876543210", null)).status()).isEqualTo(413);
  }

  @Test
  void rotatedSecretKeepsTheOldOneForTheGracePeriod() {
    String next = "n3w-s3cret-n3w-s3cret";
    source.rotateSecret(next, clock.instant(), clock.instant().plus(Duration.ofHours(1)));

    assertThat(Webhooks.send(pipeline, lead("9876543210", null)).status()).isEqualTo(200);
    clock.advance(Duration.ofHours(2));
    assertThat(Webhooks.send(pipeline, lead("9876543211", null)).status()).isEqualTo(401);
    SignedWebhook signedNew =
        WebhookSender.custom("/leads/site", next, Map.of("phone", "9876543212"));
    assertThat(Webhooks.send(pipeline, signedNew).status()).isEqualTo(200);
  }
}
