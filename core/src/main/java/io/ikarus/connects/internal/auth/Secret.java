package io.ikarus.connects.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential string that never shows itself in {@code toString()}, so that a secret held in a
 * configuration object cannot leak through logging or a debugger's summary. Immutable.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps {@code value}.
   *
   * @param name what the secret is, for the error message (never the value)
   * @throws IllegalArgumentException when {@code value} is null or blank
   */
  public static Secret of(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return new Secret(value);
  }

  /** Wraps {@code value}, or returns null when it is null or empty (an optional secret). */
  public static Secret ofNullable(String value) {
    return value == null || value.isEmpty() ? null : new Secret(value);
  }

  /** The secret itself; only for putting it on the wire. */
  public String reveal() {
    return value;
  }

  /** Compares in constant time, so that timing does not tell how much of a secret matched. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "***";
  }
}
