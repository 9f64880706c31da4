package io.ikarus.connects.testkit.internal;

import java.util.function.Supplier;

/** Reads a whole-number request parameter; each fake refuses a bad one with its own error. */
public final class WholeNumber {

  private WholeNumber() {}

  /**
   * {@code text} as a number in {@code [min, max]}, or {@code fallback} when {@code text} is null;
   * throws {@code refusal}'s exception for anything else.
   */
  public static int parse(
      String text, int fallback, int min, int max, Supplier<? extends RuntimeException> refusal) {
    if (text == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refusal.get();
  }
}
