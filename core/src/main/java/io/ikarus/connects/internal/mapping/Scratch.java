package io.ikarus.connects.internal.mapping;

/**
 * A per-thread character buffer for transforms that build a new string: the characters are written
 * here and copied once into the result ({@code new String(buffer, 0, n)}), so a transform allocates
 * only the string it returns. A caller must not call other code while it holds the buffer.
 */
final class Scratch {

  private static final int KEPT = 512;
  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[KEPT]);

  private Scratch() {}

  /** A buffer of at least {@code length} characters; a fresh one for text longer than 512. */
  static char[] chars(int length) {
    return length <= KEPT ? BUFFER.get() : new char[length];
  }
}
