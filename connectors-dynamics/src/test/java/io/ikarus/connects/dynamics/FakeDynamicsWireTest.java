package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  void everyTokenRefusalCarriesEntrasStatusCodeAndDescription() throws Exception {
    String scope = fake.url() + "/.default";
    String secret = fake.clientSecret();
    assertThat(refusal("other-tenant", form("client_credentials", fake.clientId(), scope, secret)))
        .isEqualTo("400 invalid_request 90002: Tenant 'other-tenant' not found.");
    assertThat(refusal(fake.tenantId(), form("password", fake.clientId(), scope, secret)))
        .isEqualTo(
            "400 unsupported_grant_type 70003: The app requested an unsupported grant type"
                + " 'password'.");
    assertThat(refusal(fake.tenantId(), form("client_credentials", "nobody", scope, secret)))
        .isEqualTo(
            "400 unauthorized_client 700016: Application with identifier 'nobody' was not found"
                + " in the directory '"
                + fake.tenantId()
                + "'.");
    assertThat(refusal(fake.tenantId(), form("client_credentials", fake.clientId(), null, secret)))
        .isEqualTo(
            "400 invalid_request 900144: The request body must contain the following parameter:"
                + " 'scope'.");
    assertThat(
            refusal(
                fake.tenantId(),
                form("client_credentials", fake.clientId(), "https://x.example/.default", secret)))
        .isEqualTo(
            "400 invalid_resource 500011: The resource principal named https://x.example was not"
                + " found in the tenant named "
                + fake.tenantId()
                + ".");
    assertThat(refusal(fake.tenantId(), form("client_credentials", fake.clientId(), scope, "x")))
        .isEqualTo(
            "401 invalid_client 7000215: Invalid client secret provided. Ensure the secret being"
                + " sent in the request is the client secret value, not the client secret ID, for"
                + " a secret added to app '"
                + fake.clientId()
                + "'.");
    FormBody.Builder wrongType =
        form("client_credentials", fake.clientId(), scope, null)
            .add("client_assertion_type", "jwt")
            .add("client_assertion", "x");
    assertThat(refusal(fake.tenantId(), wrongType))
        .isEqualTo(
            "400 invalid_request 50027: client_assertion_type must be"
                + " urn:ietf:params:oauth:client-assertion-type:jwt-bearer.");
  }

  @Test
  void everyAssertionRefusalCarriesEntrasStatusCodeAndDescription() throws Exception {
    Instant now = Instant.now();
    JWTClaimsSet good = claims(fake.tokenUrl(), fake.clientId(), now);
    assertThat(assertionRefusal("not.a.jwt"))
        .isEqualTo("401 invalid_client 50027: JWT token is invalid or malformed.");
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS512, true, good)))
        .isEqualTo(
            "401 invalid_client 50027: JWT token is invalid or malformed: unsupported algorithm"
                + " RS512.");
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS256, false, good)))
        .isEqualTo(
            "401 invalid_client 700027: The certificate with identifier used to sign the client"
                + " assertion is not registered on application. [Reason - The key was not"
                + " found.]");
    JWTClaimsSet noJti = new JWTClaimsSet.Builder(good).jwtID(null).build();
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS256, true, noJti)))
        .isEqualTo(
            "401 invalid_client 50027: JWT token is invalid or malformed: the jti claim is"
                + " missing.");
    JWTClaimsSet noExp = new JWTClaimsSet.Builder(good).expirationTime(null).build();
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS256, true, noExp)))
        .isEqualTo(
            "401 invalid_client 700024: Client assertion is not within its valid time range.");
    JWTClaimsSet early =
        new JWTClaimsSet.Builder(good).notBeforeTime(Date.from(now.plusSeconds(400))).build();
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS256, true, early)))
        .isEqualTo(
            "401 invalid_client 700024: Client assertion is not within its valid time range.");
    JWTClaimsSet skewed =
        new JWTClaimsSet.Builder(good).notBeforeTime(Date.from(now.plusSeconds(200))).build();
    assertThat(token(signed(JWSAlgorithm.RS256, true, skewed))).startsWith("200");
    JWTClaimsSet otherSub = new JWTClaimsSet.Builder(good).subject("someone-else").build();
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS256, true, otherSub)))
        .isEqualTo(
            "401 invalid_client 700021: Client assertion application identifier doesn't match"
                + " 'client_id' parameter.");
    JWTClaimsSet noAud = new JWTClaimsSet.Builder(good).audience((String) null).build();
    assertThat(assertionRefusal(signed(JWSAlgorithm.RS256, true, noAud)))
        .isEqualTo(
            "401 invalid_client 700023: Client assertion audience claim does not match Realm"
                + " issuer.");
  }

  @Test
  void aSha1ThumbprintNamesTheCertificateTooAndTheAnswersAreJsonUtf8() throws Exception {
    JWTClaimsSet good = claims(fake.tokenUrl(), fake.clientId(), Instant.now());
    JWSHeader sha1 =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .x509CertThumbprint(new Base64URL(cert.sha1Thumbprint()))
            .build();
    SignedJWT jwt = new SignedJWT(sha1, good);
    jwt.sign(new RSASSASigner(cert.privateKey()));
    String answer = token(jwt.serialize());
    assertThat(answer)
        .startsWith("200")
        .contains("Content-Type: application/json; charset=utf-8")
        .containsPattern(
            "\\{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                + "\"access_token\":\"eyJ0eXAiOiJKV1QiLCJmYWtlIjoiZGF0YXZlcnNlIn0\\.[^\"]+\"}$");
    assertThat(token("not.a.jwt"))
        .startsWith("401")
        .contains("Content-Type: application/json; charset=utf-8")
        .containsPattern(
            "\\{\"error\":\"invalid_client\",\"error_description\":\"AADSTS50027: [^\"]+\","
                + "\"error_codes\":\\[50027],\"timestamp\":\"[^\"]+Z\",\"trace_id\":\"[-0-9a-f]{36}\","
                + "\"correlation_id\":\"[-0-9a-f]{36}\","
                + "\"error_uri\":\"https://login.microsoftonline.com/error\\?code=50027\"}$");
  }

  private FormBody.Builder form(String grant, String clientId, String scope, String secret) {
    FormBody.Builder form =
        new FormBody.Builder().add("grant_type", grant).add("client_id", clientId);
    if (scope != null) {
      form.add("scope", scope);
    }
    return secret == null ? form : form.add("client_secret", secret);
  }

  /** "status error AADSTS-code: description" of a refused token request; checks the codes. */
  private String refusal(String tenant, FormBody.Builder form) throws IOException {
    String url = fake.url() + "/" + tenant + "/oauth2/v2.0/token";
    try (Response r =
        http.newCall(new Request.Builder().url(url).post(form.build()).build()).execute()) {
      JsonNode body = new ObjectMapper().readTree(r.body().string());
      String description = body.get("error_description").asText();
      int code = body.get("error_codes").get(0).asInt();
      assertThat(description).startsWith("AADSTS" + code + ": ");
      assertThat(body.get("error_uri").asText()).endsWith("?code=" + code);
      return r.code() + " " + body.get("error").asText() + " " + description.substring(6);
    }
  }

  private String assertionRefusal(String assertion) throws IOException {
    FormBody.Builder form =
        form("client_credentials", fake.clientId(), fake.url() + "/.default", null)
            .add("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            .add("client_assertion", assertion);
    return refusal(fake.tenantId(), form);
  }

  private static JWTClaimsSet claims(String aud, String iss, Instant at) {
    return new JWTClaimsSet.Builder()
        .audience(aud)
        .issuer(iss)
        .subject(iss)
        .jwtID(UUID.randomUUID().toString())
        .notBeforeTime(Date.from(at))
        .expirationTime(Date.from(at.plusSeconds(300)))
        .build();
  }

  private String signed(JWSAlgorithm alg, boolean ownCert, JWTClaimsSet claims) {
    return signed(alg, cert.privateKey(), ownCert, claims);
  }

  /** {@code claims} signed with {@code key}, the thumbprint naming our certificate or another. */
  private String signed(JWSAlgorithm alg, PrivateKey key, boolean ownCert, JWTClaimsSet claims) {
    JWSHeader header =
        new JWSHeader.Builder(alg)
            .x509CertSHA256Thumbprint(new Base64URL(ownCert ? cert.sha256Thumbprint() : "AAAA"))
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
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
    return signed(JWSAlgorithm.PS256, key, ownCert, claims(aud, iss, at));
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
