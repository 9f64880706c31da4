package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SalesforceTokenTest extends SalesforceTestSupport {

  private static RSAKey key;
  private static RSAKey otherKey;

  @BeforeAll
  static void keys() throws JOSEException {
    key = new RSAKeyGenerator(2048).generate();
    otherKey = new RSAKeyGenerator(2048).generate();
  }

  @Override
  protected FakeSalesforce newFake() {
    try {
      return FakeSalesforce.builder().jwtPublicKey(key.toRSAPublicKey()).start();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void passwordFlowReturnsSalesforceShapedToken() {
    SfHttp.Answer a = http.form(password(sf.password() + sf.securityToken()));

    assertThat(a.status()).isEqualTo(200);
    JsonNode t = a.json();
    assertThat(t.get("instance_url").asText()).isEqualTo(sf.url());
    assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(t.get("issued_at").isTextual()).isTrue();
    assertThat(Long.parseLong(t.get("issued_at").asText()))
        .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    assertThat(t.get("id").asText()).startsWith(sf.url() + "/id/00D");
    assertThat(t.get("signature").asText()).isNotEmpty();
    assertThat(t.has("expires_in")).isFalse();
    assertThat(t.has("refresh_token")).isFalse();
    http.token = t.get("access_token").asText();
    assertThat(http.get("sobjects/").status()).isEqualTo(200);
  }

  @Test
  void passwordWithoutSecurityTokenFails() {
    SfHttp.Answer a = http.form(password(sf.password()));

    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body())
        .isEqualTo(
            "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}");
  }

  @Test
  void wrongClientIdAndSecretAreReportedAsSalesforceDoes() {
    FormBody badId =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", "nope")
            .add("client_secret", sf.clientSecret())
            .build();
    assertThat(http.form(badId).json().get("error").asText()).isEqualTo("invalid_client_id");
    FormBody badSecret =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", sf.clientId())
            .add("client_secret", "nope")
            .build();
    assertThat(http.form(badSecret).json().get("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void refreshTokenFlowAcceptsBasicClientAuth() {
    FormBody body =
        new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("refresh_token", sf.refreshToken())
            .build();
    Request request =
        new Request.Builder()
            .url(sf.tokenUrl())
            .header("Authorization", Credentials.basic(sf.clientId(), sf.clientSecret()))
            .post(body)
            .build();

    SfHttp.Answer a = http.call(request);

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("access_token").asText()).startsWith("00D");
    FormBody unknown =
        new FormBody.Builder()
            .add("grant_type", "refresh_token")
            .add("refresh_token", "bogus")
            .add("client_id", sf.clientId())
            .add("client_secret", sf.clientSecret())
            .build();
    assertThat(http.form(unknown).json().get("error_description").asText())
        .isEqualTo("expired access/refresh token");
  }

  @Test
  void clientCredentialsFlow() {
    FormBody body =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", sf.clientId())
            .add("client_secret", sf.clientSecret())
            .build();

    assertThat(http.form(body).json().get("instance_url").asText()).isEqualTo(sf.url());
  }

  @Test
  void jwtBearerIsVerifiedAgainstTheConfiguredKey() throws JOSEException {
    long exp = Instant.now().plusSeconds(180).getEpochSecond();

    assertThat(http.form(jwt(key, sf.clientId(), "https://login.salesforce.com", exp)).status())
        .isEqualTo(200);
    assertThat(errorOf(jwt(otherKey, sf.clientId(), "https://login.salesforce.com", exp)))
        .isEqualTo("invalid assertion");
    assertThat(errorOf(jwt(key, sf.clientId(), "https://evil.example", exp)))
        .isEqualTo("audience is invalid");
    assertThat(errorOf(jwt(key, sf.clientId(), "https://test.salesforce.com", exp * 1000)))
        .isEqualTo("expired authorization code");
    assertThat(errorOf(jwt(key, sf.clientId(), "https://test.salesforce.com", exp - 3600)))
        .isEqualTo("expired authorization code");
    assertThat(http.form(jwt(key, "other-app", "https://login.salesforce.com", exp)).body())
        .contains("invalid_client_id");
  }

  @Test
  void unsupportedGrantAndWrongMethodAndMediaType() {
    FormBody body = new FormBody.Builder().add("grant_type", "magic").build();
    assertThat(http.form(body).json().get("error").asText()).isEqualTo("unsupported_grant_type");
    SfHttp.Answer get = http.call(new Request.Builder().url(sf.tokenUrl()).get().build());
    assertThat(get.status()).isEqualTo(400);
    assertThat(get.json().get("error").asText()).isEqualTo("invalid_request");
    RequestBody json = RequestBody.create("{\"grant_type\":\"password\"}", SfHttp.JSON);
    SfHttp.Answer wrongType =
        http.call(new Request.Builder().url(sf.tokenUrl()).post(json).build());
    assertThat(wrongType.json().get("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void expiredTokensGetInvalidSessionId() {
    assertThat(http.get("sobjects/").status()).isEqualTo(200);

    sf.expireTokens();

    SfHttp.Answer a = http.get("sobjects/");
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.body())
        .isEqualTo(
            "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
  }

  private String errorOf(FormBody body) {
    SfHttp.Answer a = http.form(body);
    assertThat(a.status()).isEqualTo(400);
    return a.json().get("error_description").asText();
  }

  private FormBody password(String password) {
    return new FormBody.Builder()
        .add("grant_type", "password")
        .add("client_id", sf.clientId())
        .add("client_secret", sf.clientSecret())
        .add("username", sf.username())
        .add("password", password)
        .build();
  }

  private FormBody jwt(RSAKey signer, String issuer, String audience, long exp)
      throws JOSEException {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(sf.username())
            .audience(audience)
            .expirationTime(new Date(exp * 1000))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    jwt.sign(new RSASSASigner(signer));
    return new FormBody.Builder()
        .add("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
        .add("assertion", jwt.serialize())
        .build();
  }
}
