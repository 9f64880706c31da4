package io.ikarus.connects.hubspot;

import static io.ikarus.connects.hubspot.FakeSetup.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.RecordedCall;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HubSpotAuthTest {

  private static final String CLIENT = "client-1";
  private static final String SECRET = "secret-1";
  private static final String REDIRECT = "https://app.example.com/cb";

  private final FakeHubSpot fake =
      FakeHubSpot.builder().oauthClient(CLIENT, SECRET, REDIRECT).rotateRefreshTokens(true).start();

  @Test
  void authorizationCodeThenRotatedRefreshTokens() {
    List<String> stored = new CopyOnWriteArrayList<>();
    OAuth2 auth =
        OAuth2.authorizationCode(
                CLIENT, SECRET, fake.issueAuthorizationCode(CLIENT), URI.create(REDIRECT))
            .withRefreshTokenListener(stored::add);
    String id = fake.insert("contacts", Map.of("firstname", "o"));

    try (HubSpotConnector hubspot = FakeSetup.connector(fake, auth).build()) {
      assertThat(await(hubspot.get("contacts", id)).field("firstname")).isEqualTo("o");
      fake.expireTokens();
      assertThat(await(hubspot.get("contacts", id)).field("firstname")).isEqualTo("o");
    }

    List<RecordedCall> tokenCalls = fake.journal().calls("POST", "/oauth/v1/token");
    assertThat(tokenCalls).hasSize(2);
    assertThat(tokenCalls.get(0).body()).contains("grant_type=authorization_code");
    assertThat(tokenCalls.get(1).body()).contains("grant_type=refresh_token");
    assertThat(stored).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void refreshTokenFlowAndRefusedCredentials() {
    String refresh = fake.issueRefreshToken(CLIENT);
    String id = fake.insert("contacts", Map.of("firstname", "r"));
    try (HubSpotConnector ok =
            FakeSetup.connector(fake, OAuth2.refreshToken(CLIENT, SECRET, refresh)).build();
        HubSpotConnector badSecret =
            FakeSetup.connector(fake, OAuth2.refreshToken(CLIENT, "wrong", refresh)).build();
        HubSpotConnector badToken =
            FakeSetup.connector(fake, BearerTokenAuth.of("pat-na1-nope")).build()) {
      assertThat(await(ok.get("contacts", id)).id()).isEqualTo(id);
      assertThatThrownBy(() -> await(badSecret.get("contacts", id)))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("invalid_client");
      assertThatThrownBy(() -> await(badToken.get("contacts", id)))
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("INVALID_AUTHENTICATION");
    }
    fake.close();
  }
}
