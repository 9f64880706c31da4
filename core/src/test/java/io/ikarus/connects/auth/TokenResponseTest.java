package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.CLIENT_SECRET;
import static io.ikarus.connects.auth.TestSecrets.PASSWORD;
import static io.ikarus.connects.auth.TestSecrets.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ikarus.connects.error.AuthenticationException;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token responses in each vendor's spelling, and the OAuth errors they may carry instead. */
class TokenResponseTest {

  private final Instant now = Instant.parse("2025-06-01T08:00:00Z");
  private TokenServer server;
  private TestAuthContext context;
  private final OAuth2 auth = OAuth2.clientCredentials("app-id", CLIENT_SECRET);

  @BeforeEach
  void start() throws Exception {
    server = new TokenServer();
    context = new TestAuthContext(server.endpoint(), null, new MutableClock(now));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void salesforceHasNoExpiryAndKeepsItsExtrasButNoSecrets() throws Exception {
    server.reply(
        "{\"access_token\":\""
            + ACCESS_TOKEN
            + "\",\"refresh_token\":\""
            + REFRESH_TOKEN
            + "\","
            + "\"instance_url\":\"https://acme.my.salesforce.com\","
            + "\"id\":\"https://login.salesforce.com/id/00D/005\",\"token_type\":\"Bearer\","
            + "\"issued_at\":\"1717228800000\",\"signature\":\"c2lnbmF0dXJl\"}");

    AccessToken token = auth.token(context).get();

    assertThat(token.value()).isEqualTo(ACCESS_TOKEN);
    assertThat(token.expiresAt()).isNull();
    assertThat(token.attributes())
        .containsOnlyKeys("instance_url", "id", "token_type", "issued_at", "signature");
    assertThat(token.attribute("instance_url")).isEqualTo("https://acme.my.salesforce.com");
    assertThat(token.attribute("issued_at")).isEqualTo("1717228800000");
  }

  @Test
  void hubspotCamelCaseFieldsAndAStringExpiry() throws Exception {
    server.reply(
        "{\"accessToken\":\""
            + ACCESS_TOKEN
            + "\",\"expiresIn\":\"1800\","
            + "\"tokenType\":\"bearer\",\"hubId\":42,\"idToken\":\"eyJ.x.y\"}");

    AccessToken token = auth.token(context).get();

    assertThat(token.value()).isEqualTo(ACCESS_TOKEN);
    assertThat(token.expiresAt()).isEqualTo(now.plusSeconds(1800));
    assertThat(token.attributes()).containsOnlyKeys("expiresIn", "tokenType", "hubId");
  }

  @Test
  void entraNumericExpiry() throws Exception {
    server.reply(
        "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
            + "\"access_token\":\""
            + ACCESS_TOKEN
            + "\"}");

    AccessToken token = auth.token(context).get();

    assertThat(token.expiresAt()).isEqualTo(now.plusSeconds(3599));
    assertThat(token.attributes()).containsOnlyKeys("token_type", "expires_in", "ext_expires_in");
  }

  @Test
  void aResponseWithoutAccessTokenIsAnAuthenticationError() {
    server.reply("{\"token_type\":\"Bearer\"}");

    assertThat(failure()).hasMessageContaining("the token response has no access_token");
  }

  @Test
  void aNonNumericExpiryIsNamed() {
    server.reply("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":\"soon\"}");

    assertThat(failure()).hasMessageContaining("expires_in is not a number of seconds: soon");
  }

  @Test
  void invalidGrantBecomesAnAuthenticationExceptionNamingTheCode() {
    OAuth2 password = OAuth2.password("k", CLIENT_SECRET, "ada@example.com", PASSWORD);
    server.reply(
        400, "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}");

    AuthenticationException e = failure(password);

    assertThat(e.vendorCode()).isEqualTo("invalid_grant");
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.getMessage()).contains("invalid_grant").contains("authentication failure");
  }

  @Test
  void invalidClientBecomesAnAuthenticationExceptionAndTheNextCallTriesAgain() throws Exception {
    server.reply(
        401,
        "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}");

    AuthenticationException e = failure();

    assertThat(e.vendorCode()).isEqualTo("invalid_client");
    assertThat(e.getMessage()).contains("AADSTS7000215: Invalid client secret provided.");
    server.reply("{\"access_token\":\"" + ACCESS_TOKEN + "\"}");
    assertThat(auth.token(context).get().value()).isEqualTo(ACCESS_TOKEN);
  }

  private AuthenticationException failure() {
    return failure(auth);
  }

  private AuthenticationException failure(OAuth2 provider) {
    ExecutionException e =
        catchThrowableOfType(ExecutionException.class, () -> provider.token(context).get());
    assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
    return (AuthenticationException) e.getCause();
  }
}
