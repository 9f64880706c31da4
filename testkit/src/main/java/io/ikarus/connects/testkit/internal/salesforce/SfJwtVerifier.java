package io.ikarus.connects.testkit.internal.salesforce;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ikarus.connects.testkit.internal.oauth.JwtAssertions;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Checks a JWT bearer assertion as Salesforce does: RS256 signature by the connected app's
 * certificate, {@code iss} = consumer key, {@code sub} = username, {@code aud} = the login server,
 * {@code exp} in seconds and not past (three minutes of clock skew allowed).
 */
final class SfJwtVerifier {

  private static final Duration SKEW = Duration.ofMinutes(3);
  private static final Duration MAX_AHEAD = Duration.ofDays(1);

  private final SfOrg org;

  SfJwtVerifier(SfOrg org) {
    this.org = org;
  }

  /** Returns the username the assertion acts as, or throws {@link SfOAuth}. */
  String verify(String assertion) {
    if (assertion == null || assertion.isEmpty()) {
      throw SfOAuth.invalidRequest("assertion is required");
    }
    SignedJWT jwt = JwtAssertions.parse(assertion, SfJwtVerifier::invalid);
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
        || !JwtAssertions.signedBy(jwt, org.config.jwtKey())) {
      throw invalid();
    }
    JWTClaimsSet claims = JwtAssertions.claims(jwt, SfJwtVerifier::invalid);
    if (!org.config.clientId().equals(claims.getIssuer())) {
      throw new SfOAuth("invalid_client_id", "client identifier invalid");
    }
    if (!audienceOk(claims.getAudience())) {
      throw SfOAuth.invalidGrant("audience is invalid");
    }
    checkExpiry(claims.getExpirationTime());
    if (!org.config.username().equals(claims.getSubject())) {
      throw SfOAuth.invalidGrant("user hasn't approved this consumer");
    }
    return claims.getSubject();
  }

  private static SfOAuth invalid() {
    return SfOAuth.invalidGrant("invalid assertion");
  }

  private boolean audienceOk(List<String> audience) {
    if (audience == null || audience.size() != 1) {
      return false;
    }
    String aud = audience.get(0);
    return aud.equals("https://login.salesforce.com")
        || aud.equals("https://test.salesforce.com")
        || aud.equals(org.baseUrl);
  }

  /** A missing, past or implausibly far (milliseconds instead of seconds) exp is refused. */
  private void checkExpiry(Date exp) {
    Instant now = org.clock.instant();
    if (exp == null
        || exp.toInstant().plus(SKEW).isBefore(now)
        || exp.toInstant().isAfter(now.plus(MAX_AHEAD))) {
      throw SfOAuth.invalidGrant("expired authorization code");
    }
  }
}
