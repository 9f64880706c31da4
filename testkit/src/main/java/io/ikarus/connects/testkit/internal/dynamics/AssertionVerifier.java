package io.ikarus.connects.testkit.internal.dynamics;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ikarus.connects.testkit.internal.oauth.JwtAssertions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Checks a certificate client assertion as Entra does: RS256 or PS256, a thumbprint header ({@code
 * x5t} SHA-1 or {@code x5t#S256}) naming the registered certificate, a valid signature, {@code aud}
 * = the token endpoint, {@code iss} = {@code sub} = the client id, a {@code jti}, and the current
 * time within {@code nbf}..{@code exp}.
 */
final class AssertionVerifier {

  private static final Duration SKEW = Duration.ofMinutes(5);

  private AssertionVerifier() {}

  static void verify(
      String assertion, X509Certificate cert, String clientId, String tokenUrl, Instant now) {
    SignedJWT jwt = JwtAssertions.parse(assertion, AssertionVerifier::malformed);
    JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
    if (!alg.equals(JWSAlgorithm.RS256) && !alg.equals(JWSAlgorithm.PS256)) {
      throw invalid(50027, "JWT token is invalid or malformed: unsupported algorithm " + alg + ".");
    }
    if (!thumbprintMatches(jwt, cert)) {
      throw invalid(
          700027,
          "The certificate with identifier used to sign the client assertion is"
              + " not registered on application. [Reason - The key was not found.]");
    }
    if (!JwtAssertions.signedBy(jwt, (RSAPublicKey) cert.getPublicKey())) {
      throw invalid(700027, "Client assertion failed signature validation.");
    }
    claims(jwt, clientId, tokenUrl, now);
  }

  private static void claims(SignedJWT jwt, String clientId, String tokenUrl, Instant now) {
    JWTClaimsSet c = JwtAssertions.claims(jwt, AssertionVerifier::malformed);
    List<String> aud = c.getAudience();
    if (aud == null || !aud.contains(tokenUrl)) {
      throw invalid(700023, "Client assertion audience claim does not match Realm issuer.");
    }
    if (!clientId.equals(c.getIssuer()) || !clientId.equals(c.getSubject())) {
      throw invalid(
          700021, "Client assertion application identifier doesn't match 'client_id' parameter.");
    }
    if (c.getJWTID() == null) {
      throw invalid(50027, "JWT token is invalid or malformed: the jti claim is missing.");
    }
    Date exp = c.getExpirationTime();
    Date nbf = c.getNotBeforeTime();
    if (exp == null
        || exp.toInstant().isBefore(now)
        || (nbf != null && nbf.toInstant().isAfter(now.plus(SKEW)))) {
      throw invalid(700024, "Client assertion is not within its valid time range.");
    }
  }

  private static boolean thumbprintMatches(SignedJWT jwt, X509Certificate cert) {
    Base64URL sha1 = jwt.getHeader().getX509CertThumbprint();
    Base64URL sha256 = jwt.getHeader().getX509CertSHA256Thumbprint();
    return (sha1 != null && sha1.equals(digest("SHA-1", cert)))
        || (sha256 != null && sha256.equals(digest("SHA-256", cert)));
  }

  private static Base64URL digest(String algorithm, X509Certificate cert) {
    try {
      return Base64URL.encode(MessageDigest.getInstance(algorithm).digest(cert.getEncoded()));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint the certificate", e);
    }
  }

  private static EntraError malformed() {
    return invalid(50027, "JWT token is invalid or malformed.");
  }

  private static EntraError invalid(int code, String description) {
    return new EntraError(401, "invalid_client", code, description);
  }
}
