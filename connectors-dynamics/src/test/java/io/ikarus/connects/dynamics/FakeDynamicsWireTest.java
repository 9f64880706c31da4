package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ikarus.connects.auth.ClientCertificate;
import io.ikarus.connects.testkit.FakeDynamics;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake refuses what Dataverse and Entra refuse, with their status, code and body shape. */
class FakeDynamicsWireTest {

  private final FakeDynamics fake = DynamicsFixture.start();
  private final OkHttpClient http = new OkHttpClient();
  private final ClientCertificate cert = DynamicsFixture.certificate();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void certificateAssertionsAreCheckedLikeEntra() throws Exception {
    Instant now = Instant.now();
    assertThat(token(assertion(cert.privateKey(), fake.tokenUrl(), fake.clientId(), now, true)))
        .contains("access_token")
        .contains("\"expires_in\":3599");
    assertThat(
            token(assertion(cert.privateKey(), fake.url() + "/other", fake.clientId(), now, true)))
        .contains("AADSTS700023");
    assertThat(token(assertion(cert.privateKey(), fake.tokenUrl(), "someone-else", now, true)))
        .contains("AADSTS700021");
    assertThat(
            token(
                assertion(
                    cert.privateKey(),
                    fake.tokenUrl(),
                    fake.clientId(),
                    now.minusSeconds(3600),
                    true)))
        .contains("AADSTS700024");
    assertThat(token(assertion(otherKey(), fake.tokenUrl(), fake.clientId(), now, true)))
        .contains("AADSTS700027")
        .contains("signature");
    assertThat(token(assertion(cert.privateKey(), fake.tokenUrl(), fake.clientId(), now, false)))
        .contains("AADSTS700027")
        .contains("not registered");
  }

  @Test
  void theV1ResourceParameterIsRefused() throws IOException {
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", fake.clientId())
            .add("client_secret", fake.clientSecret())
            .add("resource", fake.url())
            .build();
    assertThat(send(new Request.Builder().url(fake.tokenUrl()).post(form).build()))
        .startsWith("400")
        .contains("AADSTS901002");
  }

  @Test
  void theWebApiRequiresTheODataHeadersAndRefusesPostToWhoAmI() throws IOException {
    String token = fake.issueAccessToken();
    Request.Builder whoAmI =
        new Request.Builder()
            .url(fake.apiRoot() + "/WhoAmI")
            .header("Authorization", "Bearer " + token);

    assertThat(send(whoAmI.build())).startsWith("400").contains("OData-Version");
    whoAmI.header("OData-MaxVersion", "4.0").header("OData-Version", "4.0");
    assertThat(send(whoAmI.build()))
        .startsWith("200")
        .contains(fake.userId())
        .contains("x-ms-ratelimit-burst-remaining-xrm-requests");
    assertThat(send(whoAmI.post(RequestBody.create(new byte[0])).build()))
        .startsWith("404")
        .contains("No HTTP resource was found");
  }

  @Test
  void serviceProtectionAnswers429WithRetryAfterAndTheLimitCode() throws IOException {
    fake.requestLimit(2);
    Request who =
        new Request.Builder()
            .url(fake.apiRoot() + "/WhoAmI")
            .header("Authorization", "Bearer " + fake.issueAccessToken())
            .header("OData-MaxVersion", "4.0")
            .header("OData-Version", "4.0")
            .build();
    send(who);
    send(who);

    assertThat(send(who)).startsWith("429").contains("Retry-After").contains("0x80072322");
  }

  private String token(String assertion) throws IOException {
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", fake.clientId())
            .add("scope", fake.url() + "/.default")
            .add("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            .add("client_assertion", assertion)
            .build();
    return send(new Request.Builder().url(fake.tokenUrl()).post(form).build());
  }

  /** "status headers body", for assertions. */
  private String send(Request request) throws IOException {
    try (Response r = http.newCall(request).execute()) {
      return r.code() + " " + r.headers() + r.body().string();
    }
  }

  private String assertion(PrivateKey key, String aud, String iss, Instant at, boolean ownCert) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.PS256)
            .x509CertSHA256Thumbprint(new Base64URL(ownCert ? cert.sha256Thumbprint() : "AAAA"))
            .build();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .audience(aud)
            .issuer(iss)
            .subject(iss)
            .jwtID(UUID.randomUUID().toString())
            .notBeforeTime(Date.from(at))
            .expirationTime(Date.from(at.plusSeconds(300)))
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static PrivateKey otherKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair().getPrivate();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
