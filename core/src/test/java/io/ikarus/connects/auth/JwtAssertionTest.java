package io.ikarus.connects.auth;

import static io.ikarus.connects.auth.TestSecrets.ACCESS_TOKEN;
import static io.ikarus.connects.auth.TokenServer.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JWTs of the JWT bearer grant and of certificate client assertions. */
class JwtAssertionTest {

  /** From {@code openssl x509 -fingerprint} of the test certificate (resources/auth/README.md). */
  private static final String SHA1_HEX = "5B03337D327339BD02B7C7D3090974171E837FB2";

  private static final String SHA256_HEX =
      "483651729853675680" + "9F79ADFE2ADAA6D328C23E0E204154CD888783BA2BD4A1";

  private final Instant now = Instant.parse("2025-03-01T12:00:00Z");
  private TokenServer server;
  private TestAuthContext context;

  @BeforeEach
  void start() throws Exception {
    server = new TokenServer();
    context =
        new TestAuthContext(
            server.endpoint(), "https://test.salesforce.com", new MutableClock(now));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SignedJWT requestAndParse(OAuth2 auth, String field) throws Exception {
    server.reply(tokenJson(ACCESS_TOKEN, 3600, null));
    auth.token(context).get();
    Map<String, String> form = server.takeForm();
    return SignedJWT.parse(form.get(field));
  }

  @Test
  void jwtBearerAssertionVerifiesAndCarriesIssSubAudExpInSeconds() throws Exception {
    KeyPair keys = TestKeys.rsaKeyPair();
    SignedJWT jwt =
        requestAndParse(
            OAuth2.jwtBearer("consumer-key", "ada@example.com", keys.getPrivate()), "assertion");

    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) keys.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("consumer-key");
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("ada@example.com");
    assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("https://test.salesforce.com");
    Object exp = jwt.getPayload().toJSONObject().get("exp");
    assertThat(exp).isInstanceOf(Long.class).isEqualTo(now.getEpochSecond() + 180);
  }

  @Test
  void jwtBearerAudienceCanBeConfigured() throws Exception {
    SignedJWT jwt =
        requestAndParse(
            OAuth2.jwtBearer("k", "ada@example.com", TestKeys.rsaKeyPair().getPrivate())
                .withAudience("https://acme.my.site.com/customers"),
            "assertion");

    assertThat(jwt.getJWTClaimsSet().getAudience())
        .containsExactly("https://acme.my.site.com/customers");
  }

  @Test
  void jwtBearerRejectsANonRsaKey() throws Exception {
    KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

    assertThatThrownBy(() -> OAuth2.jwtBearer("k", "ada@example.com", ec.getPrivate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must be an RSA key (RS256), not EC");
  }

  @Test
  void jwtBearerRejectsAShortRsaKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    KeyPair weak = generator.generateKeyPair();

    assertThatThrownBy(() -> OAuth2.jwtBearer("k", "ada@example.com", weak.getPrivate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key must have at least 2048 bits for RS256, not 1024");
  }

  @Test
  void clientAssertionHasThumbprintsOfTheCertificateAndMicrosoftClaims() throws Exception {
    ClientCertificate cert = TestKeys.clientCertificate();
    SignedJWT jwt = requestAndParse(OAuth2.clientCredentials("app-id", cert), "client_assertion");

    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) cert.certificate().getPublicKey())))
        .isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().toJSONObject())
        .containsEntry("x5t", base64url(SHA1_HEX))
        .containsEntry("x5t#S256", base64url(SHA256_HEX));
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getAudience()).containsExactly(server.endpoint().toString());
    assertThat(claims.getIssuer()).isEqualTo("app-id");
    assertThat(claims.getSubject()).isEqualTo("app-id");
    assertThat(UUID.fromString(claims.getJWTID())).isNotNull();
    Map<String, Object> payload = jwt.getPayload().toJSONObject();
    assertThat(payload.get("nbf")).isEqualTo(now.getEpochSecond());
    assertThat(payload.get("iat")).isEqualTo(now.getEpochSecond());
    assertThat(payload.get("exp")).isEqualTo(now.getEpochSecond() + 300);
  }

  @Test
  void eachClientAssertionHasItsOwnJti() throws Exception {
    OAuth2 auth = OAuth2.clientCredentials("app-id", TestKeys.clientCertificate());
    String first = requestAndParse(auth, "client_assertion").getJWTClaimsSet().getJWTID();
    auth.invalidate(auth.token(context).get());
    String second = requestAndParse(auth, "client_assertion").getJWTClaimsSet().getJWTID();

    assertThat(List.of(first, second)).doesNotHaveDuplicates();
  }

  @Test
  void clientAssertionAudienceCanBeConfigured() throws Exception {
    SignedJWT jwt =
        requestAndParse(
            OAuth2.clientCredentials("app-id", TestKeys.clientCertificate())
                .withAudience("https://login.microsoftonline.com/tenant/oauth2/v2.0/token"),
            "client_assertion");

    assertThat(jwt.getJWTClaimsSet().getAudience())
        .containsExactly("https://login.microsoftonline.com/tenant/oauth2/v2.0/token");
  }

  private static String base64url(String hex) {
    byte[] raw = new BigInteger(hex, 16).toByteArray();
    byte[] bytes = new byte[hex.length() / 2];
    System.arraycopy(raw, raw.length - bytes.length, bytes, 0, bytes.length);
    return Base64URL.encode(bytes).toString();
  }
}
