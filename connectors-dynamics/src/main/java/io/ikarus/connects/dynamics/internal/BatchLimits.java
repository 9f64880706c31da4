package io.ikarus.connects.dynamics.internal;

/** The limits of {@code $batch} and their checks. */
public final class BatchLimits {

  /** The most requests one {@code $batch} may hold. */
  public static final int MAX_REQUESTS = 1000;

  private BatchLimits() {}

  /** Returns {@code value} when it is within 1..{@code max}; else throws naming the setting. */
  public static int check(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(name + " must be between 1 and " + max + ": " + value);
    }
    return value;
  }
}
