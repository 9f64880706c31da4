package io.ikarus.connects.internal.auth;

import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.util.Objects;

/** Argument checks shared by the credential types. */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value}.
   *
   * @throws IllegalArgumentException naming {@code name} when {@code value} is null or blank
   */
  public static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }

  /**
   * Checks that {@code key} can sign RS256: an RSA key of at least 2048 bits (nimbus's floor). A
   * key whose size cannot be read, such as one in a hardware module, is accepted.
   *
   * @throws IllegalArgumentException naming {@code name} otherwise
   */
  public static void rs256Key(String name, PrivateKey key) {
    Objects.requireNonNull(key, name);
    if (!"RSA".equals(key.getAlgorithm())) {
      throw new IllegalArgumentException(
          name + " must be an RSA key (RS256), not " + key.getAlgorithm());
    }
    if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
      throw new IllegalArgumentException(
          name + " must have at least 2048 bits for RS256, not " + rsa.getModulus().bitLength());
    }
  }
}
