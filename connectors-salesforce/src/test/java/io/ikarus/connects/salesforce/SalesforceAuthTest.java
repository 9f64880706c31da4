package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.RecordedCall;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesforceAuthTest {

  private static final KeyPair KEYS = rsa();

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static String createAndRead(CrmConnector crm) {
    String id = crm.create("Account", Map.of("Name", "Auth check")).join().id();
    return (String) crm.get("Account", id).join().field("Name");
  }

  private static RecordedCall tokenCall(FakeSalesforce sf) {
    return sf.journal().calls("POST", "/services/oauth2/token").get(0);
  }

  @Test
  void passwordFlowFromTheConfigurationUsersHaveToday() {
    try (FakeSalesforce sf = FakeSalesforce.start()) {
      Map<String, Object> auth = new LinkedHashMap<>();
      auth.put("username", sf.username());
      auth.put("password", sf.password());
      auth.put("security_token", sf.securityToken());
      auth.put("client_id", sf.clientId());
      auth.put("client_secret", sf.clientSecret());
      auth.put("Object_name", "Lead");
      Map<String, Object> config =
          Map.of(
              "crm_type",
              "salesforce",
              "auth_config",
              auth,
              "options",
              Map.of("auth_url", sf.url()));

      try (CrmConnector crm = CrmConnectors.fromConfig(config)) {
        assertThat(crm).isInstanceOf(SalesforceConnector.class);
        assertThat(((SalesforceConnector) crm).defaultObject()).contains("Lead");
        assertThat(createAndRead(crm)).isEqualTo("Auth check");
      }
      RecordedCall token = tokenCall(sf);
      assertThat(token.body())
          .contains("grant_type=password")
          .contains("password=" + sf.password() + sf.securityToken());
      assertThat(sf.journal().calls().get(1).path()).startsWith(sf.dataPath());
    }
  }

  @Test
  void jwtBearerFlowSignsWithThePrivateKey() {
    try (FakeSalesforce sf =
        FakeSalesforce.builder().jwtPublicKey((RSAPublicKey) KEYS.getPublic()).start()) {
      AuthProvider jwt = OAuth2.jwtBearer(sf.clientId(), sf.username(), KEYS.getPrivate());
      try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.auth(jwt))) {
        assertThat(createAndRead(crm)).isEqualTo("Auth check");
      }
      assertThat(tokenCall(sf).body())
          .contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer");

      String pem =
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder().encodeToString(KEYS.getPrivate().getEncoded())
              + "\n-----END PRIVATE KEY-----\n";
      Map<String, Object> config =
          Map.of(
              "crm_type", "salesforce",
              "auth_config",
                  Map.of("client_id", sf.clientId(), "username", sf.username(), "private_key", pem),
              "options", Map.of("auth_url", sf.url()));
      try (CrmConnector crm = CrmConnectors.fromConfig(config)) {
        assertThat(createAndRead(crm)).isEqualTo("Auth check");
      }
    }
  }

  @Test
  void sandboxJwtAssertionsAreForTheSandboxLoginServer() {
    try (FakeSalesforce sf =
        FakeSalesforce.builder().jwtPublicKey((RSAPublicKey) KEYS.getPublic()).start()) {
      AuthProvider jwt = OAuth2.jwtBearer(sf.clientId(), sf.username(), KEYS.getPrivate());
      ClientOptions viaFake =
          ClientOptions.builder()
              .authUrl(URI.create(sf.url()))
              .retry(Fixtures.fastRetries())
              .build();
      try (SalesforceConnector crm =
          SalesforceConnector.builder().auth(jwt).sandbox().options(viaFake).build()) {
        assertThat(createAndRead(crm)).isEqualTo("Auth check");
      }
      String assertion =
          URLDecoder.decode(tokenCall(sf).body(), StandardCharsets.UTF_8)
              .replaceAll(".*assertion=", "");
      String claims =
          new String(
              Base64.getUrlDecoder().decode(assertion.split("\\.")[1]), StandardCharsets.UTF_8);
      assertThat(claims).contains("\"aud\":\"https://test.salesforce.com\"");
    }
  }

  @Test
  void refreshTokenAndClientCredentialsFlows() {
    try (FakeSalesforce sf = FakeSalesforce.start()) {
      AuthProvider refresh =
          OAuth2.refreshToken(sf.clientId(), sf.clientSecret(), sf.refreshToken());
      try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.auth(refresh))) {
        assertThat(createAndRead(crm)).isEqualTo("Auth check");
      }
      assertThat(tokenCall(sf).body()).contains("grant_type=refresh_token");

      sf.journal().clear();
      AuthProvider client = OAuth2.clientCredentials(sf.clientId(), sf.clientSecret());
      try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.auth(client))) {
        assertThat(createAndRead(crm)).isEqualTo("Auth check");
      }
      assertThat(tokenCall(sf).body()).contains("grant_type=client_credentials");
    }
  }

  @Test
  void expiredSessionIsRefreshedAndReplayedOnce() {
    try (FakeSalesforce sf = FakeSalesforce.start();
        SalesforceConnector crm = Fixtures.connector(sf)) {
      assertThat(createAndRead(crm)).isEqualTo("Auth check");
      sf.expireTokens();
      assertThat(createAndRead(crm)).isEqualTo("Auth check");
      assertThat(sf.journal().count("POST", "/services/oauth2/token")).isEqualTo(2);
    }
  }

  @Test
  void wrongCredentialsAreAnAuthenticationErrorWithoutTheSecret() {
    try (FakeSalesforce sf = FakeSalesforce.start()) {
      AuthProvider wrong =
          OAuth2.password(sf.clientId(), sf.clientSecret(), sf.username(), "wrong-pass", "x");
      try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.auth(wrong))) {
        assertThatThrownBy(() -> crm.authenticate().join())
            .cause()
            .isInstanceOf(AuthenticationException.class)
            .hasMessageContaining("invalid_grant")
            .hasMessageNotContaining("wrong-pass");
      }
    }
  }

  @Test
  void anInstanceUrlOptionOverridesTheTokenResponse() {
    try (FakeSalesforce sf = FakeSalesforce.start()) {
      URI instance = URI.create(sf.url());
      try (SalesforceConnector crm =
          Fixtures.connector(sf, b -> b.instanceUrl(instance).apiVersion("65.0"))) {
        createAndRead(crm);
      }
      assertThat(sf.journal().last().path()).startsWith("/services/data/v65.0/sobjects/Account/");
    }
  }
}
