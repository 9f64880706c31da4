package io.ikarus.connects.testkit.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.function.Supplier;

/**
 * Reading the signed JWTs token endpoints receive (JWT bearer grants, client assertions); what a
 * failure answers is the vendor's, given as a supplier of the exception to throw.
 */
public final class JwtAssertions {

  private JwtAssertions() {}

  /** The parsed assertion, or the {@code malformed} exception. */
  public static SignedJWT parse(String assertion, Supplier<? extends RuntimeException> malformed) {
    try {
      return SignedJWT.parse(assertion);
    } catch (ParseException e) {
      throw malformed.get();
    }
  }

  /** The assertion's claims, or the {@code malformed} exception. */
  public static JWTClaimsSet claims(SignedJWT jwt, Supplier<? extends RuntimeException> malformed) {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw malformed.get();
    }
  }

  /** True when {@code key} (may be null) verifies the signature. */
  public static boolean signedBy(SignedJWT jwt, RSAPublicKey key) {
    try {
      return key != null && jwt.verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      return false;
    }
  }
}
