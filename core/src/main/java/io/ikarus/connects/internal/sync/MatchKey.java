package io.ikarus.connects.internal.sync;

import java.util.Locale;

/**
 * The normalised form of a value matched on: case and white space ignored, and phone-like values
 * (digits with {@code + ( ) - . /} and spaces) reduced to their digits.
 */
final class MatchKey {

  private MatchKey() {}

  /** The key of {@code value}, or null when there is nothing to match on. */
  static String of(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    if (s.matches("[+0-9 ()./\\-]+") && s.replaceAll("[^0-9]", "").length() >= 5) {
      return s.replaceAll("[^0-9]", "");
    }
    return s;
  }
}
