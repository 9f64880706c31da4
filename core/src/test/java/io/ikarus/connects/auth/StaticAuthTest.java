package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.API_KEY;
import static io.ikarus.connects.auth.TestSecrets.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Fixed credentials: bearer token, API key, Basic. */
class StaticAuthTest {

  private static AccessToken tokenOf(AuthProvider provider) {
    return provider.token(null).join();
  }

  private static RecordingTarget applied(AuthProvider provider) {
    RecordingTarget target = new RecordingTarget();
    provider.apply(tokenOf(provider), target);
    return target;
  }

  @Test
  void bearerToken() {
    RecordingTarget target = applied(BearerTokenAuth.of(API_KEY));

    assertThat(target.headers).containsExactly(entry("Authorization", "Bearer " + API_KEY));
    assertThat(target.queryParameters).isEmpty();
  }

  @Test
  void apiKeyInAHeaderAsGiven() {
    assertThat(applied(ApiKeyAuth.header("x-api-token", API_KEY)).headers)
        .containsExactly(entry("x-api-token", API_KEY));
    assertThat(applied(ApiKeyAuth.header("Authorization", API_KEY)).headers)
        .as("monday sends the raw token without a scheme")
        .containsExactly(entry("Authorization", API_KEY));
  }

  @Test
  void apiKeyAsAQueryParameter() {
    RecordingTarget target = applied(ApiKeyAuth.queryParameter("api_token", API_KEY));

    assertThat(target.queryParameters).containsExactly(entry("api_token", API_KEY));
    assertThat(target.headers).isEmpty();
  }

  @Test
  void basicEncodesUserColonPasswordInUtf8() {
    RecordingTarget target = applied(BasicAuth.of("zoë", PASSWORD));

    String expected =
        Base64.getEncoder().encodeToString(("zoë:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(target.headers).containsExactly(entry("Authorization", "Basic " + expected));
  }

  @Test
  void basicWithAnEmptyPasswordSendsUserColonAndHidesTheUser() {
    BasicAuth auth = BasicAuth.withEmptyPassword("api-key-123");
    RecordingTarget target = applied(auth);

    String expected =
        Base64.getEncoder().encodeToString("api-key-123:".getBytes(StandardCharsets.UTF_8));
    assertThat(target.headers).containsExactly(entry("Authorization", "Basic " + expected));
    assertThat(auth.toString()).doesNotContain("api-key-123");
    assertThatThrownBy(() -> BasicAuth.withEmptyPassword("a:b")).hasMessageContaining("':'");
  }

  @Test
  void fixedCredentialsCannotBeRefreshed() {
    assertThat(BearerTokenAuth.of(API_KEY).canRefresh()).isFalse();
    assertThat(ApiKeyAuth.header("x-api-token", API_KEY).canRefresh()).isFalse();
    assertThat(BasicAuth.of("u", PASSWORD).canRefresh()).isFalse();
  }

  @Test
  void blankOrInvalidInputIsNamed() {
    assertThatThrownBy(() -> BearerTokenAuth.of(" ")).hasMessage("token must not be null or blank");
    assertThatThrownBy(() -> ApiKeyAuth.header("", API_KEY))
        .hasMessage("name must not be null or blank");
    assertThatThrownBy(() -> ApiKeyAuth.queryParameter("api_token", null))
        .hasMessage("key must not be null or blank");
    assertThatThrownBy(() -> BasicAuth.of("a:b", PASSWORD)).hasMessageContaining("':'");
    assertThatThrownBy(() -> BasicAuth.of("u", "")).hasMessageContaining("password");
    assertThatThrownBy(() -> OAuth2.clientCredentials("id", " "))
        .hasMessage("clientSecret must not be null or blank");
    assertThatThrownBy(() -> OAuth2.password("id", "s", null, PASSWORD))
        .hasMessage("username must not be null or blank");
  }
}
