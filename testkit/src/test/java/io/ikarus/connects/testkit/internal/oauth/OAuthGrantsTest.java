package io.ikarus.connects.testkit.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class OAuthGrantsTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T10:00:00Z"));
  private final OAuthGrants grants =
      new OAuthGrants(clock, new TokenRegistry(clock, Duration.ofHours(1)), "c-", "r-");

  @Test
  void aCodeIsRedeemedOnceAndKnowsItsClientRedirectAndAge() {
    String code = grants.issueCode("app", "https://app.example/cb");
    clock.advance(Duration.ofMinutes(6));

    OAuthGrants.Code redeemed = grants.redeemCode(code);

    assertThat(code).startsWith("c-");
    assertThat(redeemed.clientId()).isEqualTo("app");
    assertThat(redeemed.redirectUri()).isEqualTo("https://app.example/cb");
    assertThat(redeemed.issued()).isEqualTo(clock.instant().minus(Duration.ofMinutes(6)));
    assertThat(grants.redeemCode(code)).as("single use").isNull();
  }

  @Test
  void refreshTokensAreReissuedUnlessRotationRetiresTheUsedOne() {
    String first = grants.issueRefreshToken("app");
    assertThat(grants.refresh(first, "app")).isEqualTo(first);
    assertThat(grants.refresh(first, null)).as("any client").isEqualTo(first);
    assertThat(grants.refresh(first, "other")).as("another client's").isNull();

    grants.rotateRefreshTokens(true);
    String second = grants.refresh(first, "app");

    assertThat(second).startsWith("r-").isNotEqualTo(first);
    assertThat(grants.refresh(first, "app")).as("retired").isNull();
    assertThat(grants.refresh(second, "app")).startsWith("r-").isNotEqualTo(second);
  }

  @Test
  void accessTokensLiveInTheRegistryAndExpireWithIt() {
    String token = grants.accessTokens().issue("at-");
    assertThat(grants.accessTokens().isValid(token)).isTrue();

    clock.advance(Duration.ofHours(1));

    assertThat(grants.accessTokens().isValid(token)).isFalse();
  }

  @Test
  void basicCredentialsSplitAtTheFirstColonAndBadHeadersAreNull() {
    String header =
        "Basic "
            + Base64.getEncoder().encodeToString("id:se:cret".getBytes(StandardCharsets.UTF_8));

    assertThat(OAuthGrants.basic(header)).isEqualTo(new OAuthGrants.Basic("id", "se:cret"));
    assertThat(OAuthGrants.basic("Basic aWQ=")).isEqualTo(new OAuthGrants.Basic("id", null));
    assertThat(OAuthGrants.basic("Basic aWQ6")).isEqualTo(new OAuthGrants.Basic("id", ""));
    assertThat(OAuthGrants.basic("Basic  aWQ6eA== ")).isEqualTo(new OAuthGrants.Basic("id", "x"));
    assertThat(OAuthGrants.basic("Basic aWQ6eA")).isEqualTo(new OAuthGrants.Basic("id", "x"));
    assertThat(OAuthGrants.basic("Basic aW_6eA")).as("not the URL-safe alphabet").isNull();
    assertThat(OAuthGrants.basic("Basic !!not-base64")).isNull();
    assertThat(OAuthGrants.basic("Bearer x")).isNull();
    assertThat(OAuthGrants.basic(null)).isNull();
  }
}
