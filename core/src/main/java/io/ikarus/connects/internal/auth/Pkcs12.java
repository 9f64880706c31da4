package io.ikarus.connects.internal.auth;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;

/** Reads the first private-key entry of a PKCS#12 key store ({@code .p12}, {@code .pfx}). */
public final class Pkcs12 {

  /** A private key and its certificate (null when the store has none for it). */
  public record KeyEntry(PrivateKey privateKey, X509Certificate certificate) {}

  private Pkcs12() {}

  /**
   * Reads the first private-key entry; does not close {@code in}.
   *
   * @param password the store's password, also used for the key entry
   * @throws IllegalArgumentException when the store is unreadable, the password is wrong, or it
   *     holds no private key
   */
  public static KeyEntry firstKey(InputStream in, char[] password) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          return new KeyEntry(
              (PrivateKey) store.getKey(alias, password),
              (X509Certificate) store.getCertificate(alias));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read the PKCS#12 store: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("the PKCS#12 store holds no private key entry");
  }
}
