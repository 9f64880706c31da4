package io.ikarus.connects.auth;

import io.ikarus.connects.internal.auth.Pem;
import io.ikarus.connects.internal.auth.Pkcs12;
import java.io.InputStream;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * Reads RSA private keys for {@link OAuth2#jwtBearer(String, String, PrivateKey)} from the forms
 * vendors hand out: PEM text (PKCS#8 {@code BEGIN PRIVATE KEY} or PKCS#1 {@code BEGIN RSA PRIVATE
 * KEY}, not encrypted) and PKCS#12 key stores ({@code .p12}, {@code .pfx}). For a key together with
 * its certificate, see {@link ClientCertificate}.
 *
 * <pre>{@code
 * PrivateKey key = PrivateKeys.fromPem(Files.readString(Path.of("server.key")));
 * AuthProvider auth = OAuth2.jwtBearer(consumerKey, "integration@acme.com", key);
 * }</pre>
 *
 * <p>Errors never quote the key material.
 */
public final class PrivateKeys {

  private PrivateKeys() {}

  /**
   * Reads the first private-key block of {@code pem}; other blocks (certificates) are ignored.
   *
   * @throws IllegalArgumentException when no private-key block is found or it is not a readable RSA
   *     key
   */
  public static PrivateKey fromPem(String pem) {
    return Pem.privateKey(Objects.requireNonNull(pem, "pem"));
  }

  /**
   * Reads the first private-key entry of a PKCS#12 key store. Does not close {@code in}.
   *
   * @param password the store's password, also used for the key entry
   * @throws IllegalArgumentException when the store is unreadable, the password is wrong, or it
   *     holds no private key
   */
  public static PrivateKey fromPkcs12(InputStream in, char[] password) {
    return Pkcs12.firstKey(Objects.requireNonNull(in, "in"), password).privateKey();
  }
}
