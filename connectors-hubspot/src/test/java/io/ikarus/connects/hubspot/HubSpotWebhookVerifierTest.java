package io.ikarus.connects.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HubSpotWebhookVerifierTest {

  private static final long NOW = 1_700_000_000_000L;
  private static final String TS = Long.toString(NOW);
  private static final String URI = "https://example.com/hooks/hubspot?portal=1";
  private static final String BODY = "[{\"eventId\":1}]";
  // computed independently: printf '%s' "POST$URI$BODY$TS" | openssl dgst -sha256 -hmac app-secret
  private static final String SIGNATURE = "7DOjyTrN4nOdH3WaRd2mE6LFGQTOar53VZ2PoY1GV2U=";

  private final HubSpotWebhookVerifier verifier = verifierAt(NOW);

  private static HubSpotWebhookVerifier verifierAt(long millis) {
    return HubSpotWebhookVerifier.builder("app-secret")
        .clock(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC))
        .build();
  }

  @Test
  void acceptsCorrectlySignedRequest() {
    HubSpotWebhookVerifier.Result r = verifier.verify("POST", URI, BODY, SIGNATURE, TS);

    assertThat(r.valid()).isTrue();
    assertThat(r.reason()).isNull();
  }

  @Test
  void rejectsAlteredBody() {
    HubSpotWebhookVerifier.Result r =
        verifier.verify("POST", URI, "[{\"eventId\":2}]", SIGNATURE, TS);

    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).contains("signature does not match");
  }

  @Test
  void rejectsWrongSecret() {
    HubSpotWebhookVerifier other =
        HubSpotWebhookVerifier.builder("another-secret")
            .clock(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC))
            .build();

    assertThat(other.verify("POST", URI, BODY, SIGNATURE, TS).valid()).isFalse();
  }

  @Test
  void rejectsTimestampSixMinutesOld() {
    HubSpotWebhookVerifier later = verifierAt(NOW + Duration.ofMinutes(6).toMillis());

    HubSpotWebhookVerifier.Result r = later.verify("POST", URI, BODY, SIGNATURE, TS);

    assertThat(r.valid()).isFalse();
    assertThat(r.reason()).contains("ms old");
  }

  @Test
  void acceptsTimestampJustInsideTheWindow() {
    HubSpotWebhookVerifier later = verifierAt(NOW + Duration.ofMinutes(5).toMillis());

    assertThat(later.verify("POST", URI, BODY, SIGNATURE, TS).valid()).isTrue();
  }

  @Test
  void rejectsTimestampFarInTheFuture() {
    HubSpotWebhookVerifier earlier = verifierAt(NOW - Duration.ofMinutes(6).toMillis());

    assertThat(earlier.verify("POST", URI, BODY, SIGNATURE, TS).reason()).contains("future");
  }

  @Test
  void rejectsMissingOrMalformedHeaders() {
    assertThat(verifier.verify("POST", URI, BODY, null, TS).reason())
        .contains("X-HubSpot-Signature-v3");
    assertThat(verifier.verify("POST", URI, BODY, SIGNATURE, null).reason())
        .contains("X-HubSpot-Request-Timestamp");
    assertThat(verifier.verify("POST", URI, BODY, SIGNATURE, "yesterday").reason())
        .contains("not a number");
  }

  @Test
  void decodesTheListedEscapesBeforeSigning() {
    // signed over the decoded form https://example.com/hooks/a:b@c?q='x'
    String encoded = "https://example.com/hooks/a%3Ab%40c?q=%27x%27";

    HubSpotWebhookVerifier.Result r =
        verifier.verify("POST", encoded, "[]", "LpR4bjbboxEFWC+h3C68CEHzgGGignMc99jzo9BOIsg=", TS);

    assertThat(r.valid()).isTrue();
  }

  @Test
  void keepsEscapesOutsideTheList() {
    assertThat(HubSpotWebhookVerifier.decodeUri("https://x.io/a%20b%3ac"))
        .isEqualTo("https://x.io/a%20b:c");
  }

  @Test
  void neverShowsTheSecret() {
    assertThat(verifier.toString()).doesNotContain("app-secret");
    assertThatThrownBy(() -> HubSpotWebhookVerifier.builder(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
