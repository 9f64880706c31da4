package io.ikarus.connects.testkit.internal.dynamics;

import static io.ikarus.connects.testkit.internal.Forms.first;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.oauth.JwtAssertions;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Microsoft identity platform v2 token endpoint {@code /{tenant}/oauth2/v2.0/token} for the
 * client-credentials grant, with a client secret or a certificate client assertion. Issues opaque
 * bearer tokens (valid for 3599 seconds on the fake's clock) through the shared {@link
 * OAuthGrants}. Thread-safe.
 */
final class EntraTokenEndpoint {

  static final Duration LIFETIME = Duration.ofSeconds(3599);
  private static final Duration SKEW = Duration.ofMinutes(5);
  static final String TOKEN_PREFIX = "eyJ0eXAiOiJKV1QiLCJmYWtlIjoiZGF0YXZlcnNlIn0.";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final String tenantId;
  private final OAuthGrants grants;
  private final X509Certificate certificate;
  private final Clock clock;

  /** An endpoint for {@code tenantId} whose one client is registered in {@code grants}. */
  EntraTokenEndpoint(
      String tenantId, OAuthGrants grants, X509Certificate certificate, Clock clock) {
    this.tenantId = tenantId;
    this.grants = grants;
    this.certificate = certificate;
    this.clock = clock;
  }

  /**
   * Answers a token request.
   *
   * @param tenant the tenant segment of the path
   * @param form the decoded form fields
   * @param tokenUrl this endpoint's absolute URL, the required assertion audience
   * @param resource the environment URL whose {@code /.default} scope is required
   */
  FakeResponse token(
      String tenant, Map<String, List<String>> form, String tokenUrl, String resource) {
    try {
      check(tenant, form, tokenUrl, resource);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("token_type", "Bearer");
      body.put("expires_in", LIFETIME.toSeconds());
      body.put("ext_expires_in", LIFETIME.toSeconds());
      body.put("access_token", grants.accessTokens().issue(TOKEN_PREFIX));
      return FakeResponse.text(200, "application/json; charset=utf-8", Json.write(body));
    } catch (EntraError e) {
      return e.response(clock);
    }
  }

  private void check(
      String tenant, Map<String, List<String>> form, String tokenUrl, String resource) {
    if (!tenant.equals(tenantId)) {
      throw new EntraError("invalid_request", 90002, "Tenant '" + tenant + "' not found.");
    }
    if (form.containsKey("resource")) {
      throw new EntraError(
          "invalid_request", 901002, "The 'resource' request parameter is not supported.");
    }
    if (!"client_credentials".equals(first(form, "grant_type"))) {
      throw new EntraError(
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + first(form, "grant_type") + "'.");
    }
    OAuthGrants.Client client = grants.client(first(form, "client_id"));
    if (client == null) {
      throw new EntraError(
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + first(form, "client_id")
              + "' was not found in the directory '"
              + tenantId
              + "'.");
    }
    String scope = first(form, "scope");
    if (scope == null) {
      throw new EntraError(
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'scope'.");
    }
    if (!scope.equals(resource + "/.default")) {
      throw new EntraError(
          "invalid_resource",
          500011,
          "The resource principal named "
              + scope.replace("/.default", "")
              + " was not found in the tenant named "
              + tenantId
              + ".");
    }
    credential(client, form, tokenUrl);
  }

  private void credential(
      OAuthGrants.Client client, Map<String, List<String>> form, String tokenUrl) {
    String assertion = first(form, "client_assertion");
    if (assertion != null && certificate != null) {
      if (!ASSERTION_TYPE.equals(first(form, "client_assertion_type"))) {
        throw new EntraError(
            "invalid_request", 50027, "client_assertion_type must be " + ASSERTION_TYPE + ".");
      }
      verify(assertion, client.id(), tokenUrl);
      return;
    }
    String secret = first(form, "client_secret");
    if (secret == null || client.secret() == null || !client.secret().equals(secret)) {
      throw invalid(
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the"
              + " client secret value, not the client secret ID, for a secret added to app '"
              + client.id()
              + "'.");
    }
  }

  /**
   * Checks a certificate client assertion as Entra does: RS256 or PS256, a thumbprint header
   * ({@code x5t} SHA-1 or {@code x5t#S256}) naming the registered certificate, a valid signature,
   * {@code aud} = the token endpoint, {@code iss} = {@code sub} = the client id, a {@code jti}, and
   * the current time within {@code nbf}..{@code exp}.
   */
  private void verify(String assertion, String clientId, String tokenUrl) {
    SignedJWT jwt = JwtAssertions.parse(assertion, EntraTokenEndpoint::malformed);
    JWSHeader header = jwt.getHeader();
    JWSAlgorithm alg = header.getAlgorithm();
    if (!alg.equals(JWSAlgorithm.RS256) && !alg.equals(JWSAlgorithm.PS256)) {
      throw invalid(50027, "JWT token is invalid or malformed: unsupported algorithm " + alg + ".");
    }
    if (!digest("SHA-1").equals(header.getX509CertThumbprint())
        && !digest("SHA-256").equals(header.getX509CertSHA256Thumbprint())) {
      throw invalid(
          700027,
          "The certificate with identifier used to sign the client assertion is"
              + " not registered on application. [Reason - The key was not found.]");
    }
    if (!JwtAssertions.signedBy(jwt, (RSAPublicKey) certificate.getPublicKey())) {
      throw invalid(700027, "Client assertion failed signature validation.");
    }
    JWTClaimsSet c = JwtAssertions.claims(jwt, EntraTokenEndpoint::malformed);
    if (!c.getAudience().contains(tokenUrl)) {
      throw invalid(700023, "Client assertion audience claim does not match Realm issuer.");
    }
    if (!clientId.equals(c.getIssuer()) || !clientId.equals(c.getSubject())) {
      throw invalid(
          700021, "Client assertion application identifier doesn't match 'client_id' parameter.");
    }
    if (c.getJWTID() == null) {
      throw invalid(50027, "JWT token is invalid or malformed: the jti claim is missing.");
    }
    Instant now = clock.instant();
    Date exp = c.getExpirationTime();
    Date nbf = c.getNotBeforeTime();
    if (exp == null
        || exp.toInstant().isBefore(now)
        || (nbf != null && nbf.toInstant().isAfter(now.plus(SKEW)))) {
      throw invalid(700024, "Client assertion is not within its valid time range.");
    }
  }

  /** The registered certificate's thumbprint by {@code algorithm}. */
  private Base64URL digest(String algorithm) {
    try {
      return Base64URL.encode(
          MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint the certificate", e);
    }
  }

  private static EntraError malformed() {
    return invalid(50027, "JWT token is invalid or malformed.");
  }

  private static EntraError invalid(int code, String description) {
    return new EntraError("invalid_client", code, description);
  }

  /**
   * A token request refused, with the AADSTS code Entra uses; answered with 401 when the error is
   * {@code invalid_client}, else 400, as Entra does.
   */
  private static final class EntraError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final int aadsts;

    EntraError(String error, int aadsts, String description) {
      super(description, null, false, false);
      this.error = error;
      this.aadsts = aadsts;
    }

    /** The response: {@code error}, {@code error_description} starting with AADSTS, and so on. */
    FakeResponse response(Clock clock) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", error);
      body.put("error_description", "AADSTS" + aadsts + ": " + getMessage());
      body.put("error_codes", List.of(aadsts));
      body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
      body.put("trace_id", UUID.randomUUID().toString());
      body.put("correlation_id", UUID.randomUUID().toString());
      body.put("error_uri", "https://login.microsoftonline.com/error?code=" + aadsts);
      int status = error.equals("invalid_client") ? 401 : 400;
      return FakeResponse.text(status, "application/json; charset=utf-8", Json.write(body));
    }
  }
}
