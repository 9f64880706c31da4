package io.ikarus.connects.internal.auth;

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
}
