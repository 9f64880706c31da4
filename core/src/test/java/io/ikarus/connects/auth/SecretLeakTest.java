package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.API_KEY;
import static io.ikarus.connects.auth.TestSecrets.AUTH_CODE;
import static io.ikarus.connects.auth.TestSecrets.CLIENT_SECRET;
import static io.ikarus.connects.auth.TestSecrets.CODE_VERIFIER;
import static io.ikarus.connects.auth.TestSecrets.PASSWORD;
import static io.ikarus.connects.auth.TestSecrets.REFRESH_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.SECURITY_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No {@code toString()} of a credential type shows a secret. */
class SecretLeakTest {

  /** One provider of every kind, built from {@link TestSecrets}. */
  static List<AuthProvider> everyProvider() {
    URI redirect = URI.create("https://app.example.com/callback");
    return List.of(
        BearerTokenAuth.of(API_KEY),
        ApiKeyAuth.header("x-api-token", API_KEY),
        ApiKeyAuth.queryParameter("api_token", API_KEY),
        BasicAuth.of("api-user", PASSWORD),
        OAuth2.clientCredentials("app-id", CLIENT_SECRET).withScope("s/.default"),
        OAuth2.clientCredentials("app-id", TestKeys.clientCertificate()),
        OAuth2.password("key", CLIENT_SECRET, "ada@example.com", PASSWORD, SECURITY_TOKEN),
        OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN),
        OAuth2.jwtBearer("key", "ada@example.com", TestKeys.rsaKeyPair().getPrivate()),
        OAuth2.authorizationCode("client", CLIENT_SECRET, AUTH_CODE, redirect, CODE_VERIFIER));
  }

  /** Secrets derived from {@link TestSecrets} that are not in its list verbatim. */
  static List<String> derivedSecrets() {
    String basic = "api-user:" + PASSWORD;
    return List.of(Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void providersHideTheirSecrets() {
    for (AuthProvider provider : everyProvider()) {
      String text = provider.toString();
      assertThat(text).doesNotContain("@");
      TestSecrets.assertNoSecret(text, derivedSecrets());
    }
  }

  @Test
  void providersSayWhatTheyAre() {
    assertThat(OAuth2.clientCredentials("app-id", CLIENT_SECRET).withScope("s/.default"))
        .hasToString(
            "OAuth2{grant=client_credentials, clientId=app-id, tokenEndpoint=null, scope=s/.default}");
    assertThat(ApiKeyAuth.queryParameter("api_token", API_KEY))
        .hasToString("ApiKeyAuth{queryParameter=api_token, key=***}");
    assertThat(BasicAuth.of("api-user", PASSWORD))
        .hasToString("BasicAuth{user=api-user, password=***}");
    assertThat(BearerTokenAuth.of(API_KEY)).hasToString("BearerTokenAuth{token=***}");
  }

  @Test
  void accessTokenAndCertificateHideTheirSecrets() {
    AccessToken token =
        new AccessToken(ACCESS_TOKEN, Instant.EPOCH, Map.of("instance_url", "https://x"));

    TestSecrets.assertNoSecret(token.toString(), List.of());
    TestSecrets.assertNoSecret(TestKeys.clientCertificate().toString(), List.of("PRIVATE"));
  }
}
