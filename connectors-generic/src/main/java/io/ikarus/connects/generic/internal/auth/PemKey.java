package io.ikarus.connects.generic.internal.auth;

import io.ikarus.connects.generic.GenericConfigException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads an RSA private key from PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}). */
final class PemKey {

  private PemKey() {}

  static PrivateKey rsa(String pem, String key) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new GenericConfigException(key, "is not a PKCS#8 PEM RSA private key", null);
    }
  }
}
