package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.AUTH_CODE;
import static io.ikarus.connects.auth.TestSecrets.CLIENT_SECRET;
import static io.ikarus.connects.auth.TestSecrets.CODE_VERIFIER;
import static io.ikarus.connects.auth.TestSecrets.PASSWORD;
import static io.ikarus.connects.auth.TestSecrets.REFRESH_TOKEN;
import static io.ikarus.connects.auth.TestSecrets.SECURITY_TOKEN;
import static io.ikarus.connects.auth.TokenServer.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each grant's token request carries exactly the form fields its vendors document. */
class OAuth2FormTest {

  private TokenServer server;
  private TestAuthContext context;

  @BeforeEach
  void start() throws Exception {
    server = new TokenServer();
    context =
        new TestAuthContext(
            server.endpoint(), "https://login.salesforce.com", new MutableClock(Instant.EPOCH));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Map<String, String> formOf(OAuth2 auth) throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    AccessToken token = auth.token(context).get();
    assertThat(token.value()).isEqualTo(ACCESS_TOKEN);
    return server.takeForm();
  }

  @Test
  void clientCredentialsWithSecretAndScope() throws Exception {
    Map<String, String> form =
        formOf(
            OAuth2.clientCredentials("app-id", CLIENT_SECRET)
                .withScope("https://acme.crm4.dynamics.com/.default"));

    assertThat(form)
        .containsExactly(
            entry("grant_type", "client_credentials"),
            entry("client_id", "app-id"),
            entry("client_secret", CLIENT_SECRET),
            entry("scope", "https://acme.crm4.dynamics.com/.default"));
  }

  @Test
  void clientCredentialsWithoutScopeSendsNoScope() throws Exception {
    Map<String, String> form = formOf(OAuth2.clientCredentials("app-id", CLIENT_SECRET));

    assertThat(form).containsOnlyKeys("grant_type", "client_id", "client_secret");
  }

  @Test
  void clientCredentialsWithCertificateSendsAnAssertionAndNoSecretOrResource() throws Exception {
    Map<String, String> form =
        formOf(
            OAuth2.clientCredentials("app-id", TestKeys.clientCertificate())
                .withScope("https://acme.crm4.dynamics.com/.default"));

    assertThat(form)
        .containsOnlyKeys(
            "grant_type", "client_id", "client_assertion_type", "client_assertion", "scope")
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", "app-id")
        .containsEntry(
            "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        .containsEntry("scope", "https://acme.crm4.dynamics.com/.default");
    assertThat(form.get("client_assertion").split("\\.")).hasSize(3);
  }

  @Test
  void passwordAppendsTheSecurityTokenWithoutSeparator() throws Exception {
    Map<String, String> form =
        formOf(
            OAuth2.password(
                "consumer-key", CLIENT_SECRET, "ada@example.com", PASSWORD, SECURITY_TOKEN));

    assertThat(form)
        .containsExactly(
            entry("grant_type", "password"),
            entry("client_id", "consumer-key"),
            entry("client_secret", CLIENT_SECRET),
            entry("username", "ada@example.com"),
            entry("password", PASSWORD + SECURITY_TOKEN));
  }

  @Test
  void passwordWithoutOrWithEmptySecurityTokenSendsThePasswordAlone() throws Exception {
    assertThat(formOf(OAuth2.password("k", CLIENT_SECRET, "ada@example.com", PASSWORD)))
        .containsEntry("password", PASSWORD);
    assertThat(formOf(OAuth2.password("k", CLIENT_SECRET, "ada@example.com", PASSWORD, "")))
        .containsEntry("password", PASSWORD);
  }

  @Test
  void refreshToken() throws Exception {
    Map<String, String> form = formOf(OAuth2.refreshToken("client", CLIENT_SECRET, REFRESH_TOKEN));

    assertThat(form)
        .containsExactly(
            entry("grant_type", "refresh_token"),
            entry("client_id", "client"),
            entry("client_secret", CLIENT_SECRET),
            entry("refresh_token", REFRESH_TOKEN));
  }

  @Test
  void refreshTokenOfAPublicClientSendsNoSecret() throws Exception {
    assertThat(formOf(OAuth2.refreshToken("client", null, REFRESH_TOKEN)))
        .containsOnlyKeys("grant_type", "client_id", "refresh_token");
  }

  @Test
  void jwtBearerSendsOnlyGrantTypeAndAssertion() throws Exception {
    Map<String, String> form =
        formOf(
            OAuth2.jwtBearer(
                "consumer-key", "ada@example.com", TestKeys.rsaKeyPair().getPrivate()));

    assertThat(form)
        .containsOnlyKeys("grant_type", "assertion")
        .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
  }

  @Test
  void authorizationCodeExchangesTheCodeOnceThenRefreshes() throws Exception {
    URI redirect = URI.create("https://app.example.com/callback");
    OAuth2 auth =
        OAuth2.authorizationCode("client", CLIENT_SECRET, AUTH_CODE, redirect, CODE_VERIFIER);
    server.reply(tokenJson(ACCESS_TOKEN, 1800, REFRESH_TOKEN));
    AccessToken first = auth.token(context).get();

    assertThat(server.takeForm())
        .containsExactly(
            entry("grant_type", "authorization_code"),
            entry("client_id", "client"),
            entry("client_secret", CLIENT_SECRET),
            entry("code", AUTH_CODE),
            entry("redirect_uri", "https://app.example.com/callback"),
            entry("code_verifier", CODE_VERIFIER));

    auth.invalidate(first);
    server.reply(tokenJson(TestSecrets.SECOND_ACCESS_TOKEN, 1800, REFRESH_TOKEN));
    auth.token(context).get();
    assertThat(server.takeForm())
        .containsExactly(
            entry("grant_type", "refresh_token"),
            entry("client_id", "client"),
            entry("client_secret", CLIENT_SECRET),
            entry("refresh_token", REFRESH_TOKEN));
  }

  @Test
  void authorizationCodeWithoutVerifierSendsNone() throws Exception {
    URI redirect = URI.create("https://app.example.com/callback");
    assertThat(formOf(OAuth2.authorizationCode("client", CLIENT_SECRET, AUTH_CODE, redirect)))
        .containsOnlyKeys("grant_type", "client_id", "client_secret", "code", "redirect_uri");
  }

  @Test
  void aConfiguredTokenEndpointWinsOverTheConnectorDefault() throws Exception {
    TestAuthContext elsewhere =
        new TestAuthContext(
            URI.create("http://127.0.0.1:9/unused"), null, new MutableClock(Instant.EPOCH));
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));

    OAuth2.clientCredentials("app-id", CLIENT_SECRET)
        .withTokenEndpoint(server.endpoint())
        .token(elsewhere)
        .get();

    assertThat(server.take().getUrl().encodedPath()).isEqualTo("/services/oauth2/token");
  }

  @Test
  void acceptsJsonAndAppliesABearerHeader() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    OAuth2 auth = OAuth2.clientCredentials("app-id", CLIENT_SECRET);
    RecordingTarget target = new RecordingTarget();

    auth.apply(auth.token(context).get(), target);

    assertThat(server.take().getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(target.headers).containsExactly(entry("Authorization", "Bearer " + ACCESS_TOKEN));
    assertThat(auth.canRefresh()).isTrue();
  }

  @Test
  void basicClientAuthenticationMovesTheClientCredentialsIntoTheHeader() throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, REFRESH_TOKEN));
    OAuth2 auth =
        OAuth2.authorizationCode("app:id", CLIENT_SECRET, AUTH_CODE, URI.create("https://cb"))
            .withBasicClientAuthentication();
    assertThat(auth.token(context).get().value()).isEqualTo(ACCESS_TOKEN);

    var request = server.take();
    String pair =
        java.net.URLEncoder.encode("app:id", java.nio.charset.StandardCharsets.UTF_8)
            + ":"
            + java.net.URLEncoder.encode(CLIENT_SECRET, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(request.getBody().utf8())
        .contains("grant_type=authorization_code")
        .contains("code=")
        .doesNotContain("client_id")
        .doesNotContain("client_secret");
  }
}
