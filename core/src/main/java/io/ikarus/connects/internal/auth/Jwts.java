package io.ikarus.connects.internal.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import java.security.PrivateKey;

/** Signs JWT assertions with nimbus. */
final class Jwts {

  private Jwts() {}

  /**
   * Signs {@code claims} under {@code header} with {@code key} and returns the compact form.
   *
   * @throws AuthenticationException when the key cannot sign (too short, wrong type)
   */
  static String sign(JWSHeader header, JWTClaimsSet claims, PrivateKey key, String connector) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException | IllegalArgumentException e) {
      throw new AuthenticationException(
          "cannot sign the JWT assertion: " + e.getMessage(), ErrorContext.of(connector, "token"));
    }
    return jwt.serialize();
  }
}
