package io.ikarus.connects.salesforce.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads an unencrypted PKCS#8 RSA private key ({@code -----BEGIN PRIVATE KEY-----}). */
final class PemKeys {

  private PemKeys() {}

  /**
   * Parses the key; the error names the setting, never the key.
   *
   * @throws IllegalArgumentException when the text is not a PKCS#8 RSA key
   */
  static PrivateKey rsa(String pem, String setting) {
    if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("ENCRYPTED")) {
      throw new IllegalArgumentException(
          setting
              + " must be an unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert it with"
              + " `openssl pkcs8 -topk8 -nocrypt`");
    }
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException(setting + " is not a readable PKCS#8 RSA private key");
    }
  }
}
