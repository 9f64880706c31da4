package io.ikarus.connects.testkit.internal.salesforce;

import static io.ikarus.connects.testkit.internal.Forms.first;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.leads.Signatures;
import io.ikarus.connects.testkit.internal.oauth.JwtAssertions;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /services/oauth2/token}: the username-password, refresh-token, JWT bearer and
 * client-credentials flows, answering as Salesforce does (no {@code expires_in}, {@code issued_at}
 * in milliseconds as a string, an HMAC {@code signature}). A JWT bearer assertion is checked as
 * Salesforce does: RS256 signature by the connected app's certificate, {@code iss} = consumer key,
 * {@code sub} = username, {@code aud} = the login server, {@code exp} in seconds and not past
 * (three minutes of clock skew allowed).
 */
final class SfTokenEndpoint {

  private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  private static final Duration SKEW = Duration.ofMinutes(3);
  private static final Duration MAX_AHEAD = Duration.ofDays(1);

  /** Thrown inside the token endpoint to answer an OAuth error. */
  private static final class SfOAuth extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;

    SfOAuth(String error, String description) {
      super(description, null, false, false);
      this.error = error;
    }

    /** The 400 body: {@code {"error","error_description"}}. */
    FakeResponse response() {
      return FakeResponse.json(
          400, Json.object().put("error", error).put("error_description", getMessage()));
    }
  }

  private final SfOrg org;

  SfTokenEndpoint(SfOrg org) {
    this.org = org;
  }

  FakeResponse handle(FakeRequest request) {
    try {
      if (!request.method().equals("POST")) {
        throw new SfOAuth("invalid_request", "must use HTTP POST");
      }
      if (!request.mediaType().equals("application/x-www-form-urlencoded")) {
        throw new SfOAuth("invalid_request", "invalid content type: " + request.mediaType());
      }
      Map<String, List<String>> form = Forms.parse(request.body());
      return FakeResponse.json(200, grant(request, form));
    } catch (SfOAuth e) {
      return e.response();
    }
  }

  private ObjectNode grant(FakeRequest request, Map<String, List<String>> form) {
    switch (String.valueOf(first(form, "grant_type"))) {
      case "password" -> password(form);
      case "refresh_token" -> {
        return token(refresh(request, form));
      }
      case "client_credentials" -> checkClient(request, form);
      case JWT_GRANT -> verifyJwt(first(form, "assertion"));
      default -> throw new SfOAuth("unsupported_grant_type", "grant type not supported");
    }
    return token(null);
  }

  private void password(Map<String, List<String>> form) {
    checkClient(null, form);
    SfConfig c = org.config;
    String expected = c.password() + c.securityToken();
    if (!c.username().equals(first(form, "username"))
        || !expected.equals(first(form, "password"))) {
      throw new SfOAuth("invalid_grant", "authentication failure");
    }
  }

  /** Redeems the refresh token: the one to answer when rotating, else null. */
  private String refresh(FakeRequest request, Map<String, List<String>> form) {
    checkClient(request, form);
    String next = org.grants.refresh(first(form, "refresh_token"), null);
    if (next == null) {
      throw new SfOAuth("invalid_grant", "expired access/refresh token");
    }
    return org.config.rotateRefreshTokens() ? next : null;
  }

  /** Client id and secret from the form, or from HTTP Basic when {@code request} allows it. */
  private void checkClient(FakeRequest request, Map<String, List<String>> form) {
    String id = first(form, "client_id");
    String secret = first(form, "client_secret");
    OAuthGrants.Basic basic =
        request == null ? null : OAuthGrants.basic(request.header("authorization"));
    if (id == null && basic != null) {
      id = basic.id();
      secret = basic.secret();
    }
    OAuthGrants.Client client = org.grants.client(id);
    if (client == null) {
      throw new SfOAuth("invalid_client_id", "client identifier invalid");
    }
    if (!client.secret().equals(secret)) {
      throw new SfOAuth("invalid_client", "invalid client credentials");
    }
  }

  private ObjectNode token(String refreshToken) {
    String issuedAt = Long.toString(org.clock.millis());
    String id = org.identityUrl();
    ObjectNode body = Json.object().put("access_token", org.accessToken());
    if (refreshToken != null) {
      body.put("refresh_token", refreshToken);
    }
    return body.put("signature", sign(id + issuedAt))
        .put("scope", "api")
        .put("instance_url", org.baseUrl)
        .put("id", id)
        .put("token_type", "Bearer")
        .put("issued_at", issuedAt);
  }

  private String sign(String data) {
    byte[] key = org.config.clientSecret().getBytes(StandardCharsets.UTF_8);
    byte[] mac = Signatures.hmac(key, data.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac);
  }

  /** Checks a JWT bearer assertion, throwing {@link SfOAuth} when Salesforce would refuse it. */
  private void verifyJwt(String assertion) {
    if (assertion == null || assertion.isEmpty()) {
      throw new SfOAuth("invalid_request", "assertion is required");
    }
    SignedJWT jwt = JwtAssertions.parse(assertion, SfTokenEndpoint::invalidAssertion);
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
        || !JwtAssertions.signedBy(jwt, org.config.jwtKey())) {
      throw invalidAssertion();
    }
    JWTClaimsSet claims = JwtAssertions.claims(jwt, SfTokenEndpoint::invalidAssertion);
    if (!org.config.clientId().equals(claims.getIssuer())) {
      throw new SfOAuth("invalid_client_id", "client identifier invalid");
    }
    if (!audienceOk(claims.getAudience())) {
      throw new SfOAuth("invalid_grant", "audience is invalid");
    }
    checkExpiry(claims.getExpirationTime());
    if (!org.config.username().equals(claims.getSubject())) {
      throw new SfOAuth("invalid_grant", "user hasn't approved this consumer");
    }
  }

  private static SfOAuth invalidAssertion() {
    return new SfOAuth("invalid_grant", "invalid assertion");
  }

  private boolean audienceOk(List<String> audience) {
    return audience.size() == 1
        && List.of("https://login.salesforce.com", "https://test.salesforce.com", org.baseUrl)
            .contains(audience.get(0));
  }

  /** A missing, past or implausibly far (milliseconds instead of seconds) exp is refused. */
  private void checkExpiry(Date exp) {
    Instant now = org.clock.instant();
    if (exp == null
        || exp.toInstant().plus(SKEW).isBefore(now)
        || exp.toInstant().isAfter(now.plus(MAX_AHEAD))) {
      throw new SfOAuth("invalid_grant", "expired authorization code");
    }
  }
}
