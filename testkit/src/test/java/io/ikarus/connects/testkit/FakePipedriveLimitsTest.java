package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class FakePipedriveLimitsTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T10:00:00Z"));

  @Test
  void burstWindowRefusesWith429AndRateLimitHeadersThenRecovers() {
    try (FakePipedrive fake =
        FakePipedrive.builder().clock(clock).plan(FakePipedrive.Plan.LITE, 1).start()) {
      PipedriveWire wire = new PipedriveWire(fake);
      PipedriveWire.Reply first = wire.get("/api/v2/persons");
      assertThat(first.header("x-ratelimit-limit")).isEqualTo("20");
      assertThat(first.header("x-ratelimit-remaining")).isEqualTo("19");
      for (int i = 1; i < 20; i++) {
        wire.get("/api/v2/persons/1");
      }
      PipedriveWire.Reply refused = wire.get("/api/v2/persons");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("x-ratelimit-remaining")).isEqualTo("0");
      assertThat(refused.header("x-ratelimit-reset")).isNotNull();
      clock.advance(Duration.ofSeconds(2));
      assertThat(wire.get("/api/v2/persons").status()).isEqualTo(200);
    }
  }

  @Test
  void chargesPerEndpointCostsAndRefusesOnceTheDailyBudgetIsSpentUntilMidnight() {
    try (FakePipedrive fake = FakePipedrive.builder().clock(clock).dailyBudget(26).start()) {
      PipedriveWire wire = new PipedriveWire(fake);
      wire.post("/api/v2/persons", "{\"name\":\"A\"}"); // 5
      wire.get("/api/v2/persons"); // 10
      wire.get("/api/v2/persons/1"); // 1
      wire.get("/api/v2/persons"); // 10
      assertThat(fake.tokensUsedToday()).isEqualTo(26);
      PipedriveWire.Reply refused = wire.get("/api/v2/persons/1");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(Integer.parseInt(refused.header("x-ratelimit-remaining"))).isPositive();
      clock.set(Instant.parse("2026-03-03T00:00:01Z"));
      assertThat(wire.get("/api/v2/persons/1").status()).isEqualTo(200);
      assertThat(fake.tokensUsedToday()).isEqualTo(1);
    }
  }

  @Test
  void theDailyBudgetResetsAtMidnightInTheServerZone() {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata"); // UTC+05:30: its midnight is 18:30 UTC
    try (FakePipedrive fake =
        FakePipedrive.builder().clock(clock).dailyBudget(1).serverZone(kolkata).start()) {
      PipedriveWire wire = new PipedriveWire(fake);
      String person = "/api/v2/persons/" + fake.insert("persons", Map.of("name", "A"));
      clock.set(Instant.parse("2026-03-02T18:29:00Z"));
      assertThat(wire.get(person).status()).isEqualTo(200);
      assertThat(wire.get(person).status()).isEqualTo(429);
      clock.set(Instant.parse("2026-03-02T18:30:01Z"));
      assertThat(wire.get(person).status()).as("a new day in Kolkata").isEqualTo(200);
    }
  }

  @Test
  void keepsSendingAfter429sEarnsTheCloudflareHtmlPage() {
    try (FakePipedrive fake =
        FakePipedrive.builder().clock(clock).plan(FakePipedrive.Plan.LITE, 1).start()) {
      PipedriveWire wire = new PipedriveWire(fake);
      PipedriveWire.Reply last = null;
      for (int i = 0; i < 32; i++) {
        last = wire.get("/api/v2/deals/1");
      }
      assertThat(last.status()).isEqualTo(403);
      assertThat(last.header("Content-Type")).startsWith("text/html");
      assertThat(last.text()).contains("Cloudflare");
    }
  }

  @Test
  void oauthCodeGrantWithBasicClientAuthReturnsApiDomainAndRefreshKeepsTheRefreshToken() {
    try (FakePipedrive fake = FakePipedrive.builder().clock(clock).start()) {
      PipedriveWire wire = new PipedriveWire(fake);
      FormBody code =
          new FormBody.Builder()
              .add("grant_type", "authorization_code")
              .add("code", fake.issueAuthorizationCode())
              .add("redirect_uri", fake.redirectUri())
              .build();
      PipedriveWire.Reply noBasic = wire.send(wire.base("/oauth/token").post(code));
      assertThat(noBasic.status()).isEqualTo(401);
      PipedriveWire.Reply tokens = redeem(fake, wire, fake.issueAuthorizationCode());
      String basic = okhttp3.Credentials.basic(fake.clientId(), fake.clientSecret());
      assertThat(tokens.body().get("api_domain").asText()).isEqualTo(fake.url());
      String refresh = tokens.body().get("refresh_token").asText();
      String access = tokens.body().get("access_token").asText();
      Request.Builder call = wire.base("/api/v2/deals").header("Authorization", "Bearer " + access);
      assertThat(wire.send(call).status()).isEqualTo(200);
      assertThat(wire.send(call).header("x-ratelimit-limit")).isEqualTo("160");
      FormBody again =
          new FormBody.Builder()
              .add("grant_type", "refresh_token")
              .add("refresh_token", refresh)
              .build();
      PipedriveWire.Reply refreshed =
          wire.send(wire.base("/oauth/token").header("Authorization", basic).post(again));
      assertThat(refreshed.body().get("refresh_token").asText()).isEqualTo(refresh);
      fake.expireTokens();
      assertThat(wire.send(call).status()).isEqualTo(401);
    }
  }

  @Test
  void anAuthorizationCodeLivesFiveMinutesAndIsUsedOnce() {
    try (FakePipedrive fake = FakePipedrive.builder().clock(clock).start()) {
      PipedriveWire wire = new PipedriveWire(fake);
      String fresh = fake.issueAuthorizationCode();
      String stale = fake.issueAuthorizationCode();
      clock.advance(Duration.ofMinutes(5));
      assertThat(redeem(fake, wire, fresh).status()).isEqualTo(200);
      PipedriveWire.Reply again = redeem(fake, wire, fresh);
      assertThat(again.status()).isEqualTo(400);
      assertThat(again.body().get("error").asText()).isEqualTo("invalid_grant");
      assertThat(again.body().get("message").asText())
          .isEqualTo("Invalid grant: authorization_code is invalid");
      clock.advance(Duration.ofSeconds(1));
      PipedriveWire.Reply expired = redeem(fake, wire, stale);
      assertThat(expired.status()).isEqualTo(400);
      assertThat(expired.body().get("success").asBoolean()).isFalse();
      assertThat(expired.body().get("error").asText()).isEqualTo("invalid_grant");
      assertThat(expired.body().get("message").asText())
          .isEqualTo("Invalid grant: authorization_code has expired");
    }
  }

  private static PipedriveWire.Reply redeem(FakePipedrive fake, PipedriveWire wire, String code) {
    String basic = okhttp3.Credentials.basic(fake.clientId(), fake.clientSecret());
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "authorization_code")
            .add("code", code)
            .add("redirect_uri", fake.redirectUri())
            .build();
    return wire.send(wire.base("/oauth/token").header("Authorization", basic).post(form));
  }

  @Test
  void recentsListChangesSinceATimestampInV1Format() {
    try (FakePipedrive fake = FakePipedrive.builder().clock(clock).unlimited().start()) {
      fake.insert("persons", Map.of("name", "Old"));
      clock.advance(Duration.ofMinutes(5));
      fake.insert("deals", Map.of("title", "New"));
      PipedriveWire.Reply recents =
          new PipedriveWire(fake).get("/v1/recents?since_timestamp=2026-03-02%2010:01:00");
      assertThat(recents.body().at("/data").size()).isEqualTo(1);
      assertThat(recents.body().at("/data/0/item").asText()).isEqualTo("deal");
    }
  }
}
