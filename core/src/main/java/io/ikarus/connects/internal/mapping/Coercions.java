package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Number, boolean and string coercions. Decimals are {@link BigDecimal}, so nothing rounds. */
public final class Coercions {

  private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "off");
  private static final String[] WORDS = {
    "true", "yes", "y", "1", "on", "false", "no", "n", "0", "off"
  };

  private Coercions() {}

  /** A value as plain text: BigDecimal without exponent, others by {@code toString}. */
  public static String plain(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** To text; not invertible, as the original type is unknown. */
  public static Transform string() {
    return NamedTransform.oneWay("string", Coercions::plain);
  }

  /** To {@link BigDecimal}; inverse: to text. */
  public static Transform number() {
    return new NamedTransform("number", v -> v == null ? null : decimal(v), string());
  }

  /** To a whole {@link Long}; refuses fractions. Inverse: to text. */
  public static Transform integer() {
    return new NamedTransform(
        "integer",
        v -> {
          if (v == null) {
            return null;
          }
          try {
            Long whole = v instanceof CharSequence c ? plainLong(c.toString().strip()) : null;
            return whole != null ? whole : decimal(v).longValueExact();
          } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number in range");
          }
        },
        string());
  }

  /** To {@link Boolean} from true/false, yes/no, y/n, 1/0, on/off. Inverse: to text. */
  public static Transform bool() {
    return new NamedTransform("boolean", v -> v == null ? null : bool(v), string());
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (!(v instanceof Number || v instanceof CharSequence)) {
      throw new IllegalArgumentException("not a number: a " + v.getClass().getSimpleName());
    }
    String s = v.toString().strip();
    BigDecimal plain = plainDecimal(s);
    if (plain != null) {
      return plain;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
  }

  /**
   * An optional sign and 1 to 18 digits as a {@link Long}, without the {@link BigDecimal} the
   * general path builds; null for any other text.
   */
  static Long plainLong(String s) {
    int start = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
    int digits = s.length() - start;
    if (digits < 1 || digits > 18) {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return Long.parseLong(s);
  }

  /**
   * An optional sign, digits and an optional fraction ({@code -1234.50}), 1 to 18 digits in all, as
   * {@code new BigDecimal(s)} reads it (same unscaled value and scale) without its char array; null
   * for any other text.
   */
  static BigDecimal plainDecimal(String s) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    boolean negative = i == 1 && s.charAt(0) == '-';
    long unscaled = 0;
    int digits = 0;
    int dot = -1;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.' && dot < 0 && digits > 0) {
        dot = i;
      } else if (c >= '0' && c <= '9' && ++digits <= 18) {
        unscaled = unscaled * 10 + (c - '0');
      } else {
        return null;
      }
    }
    if (digits == 0 || dot == n - 1) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, dot < 0 ? 0 : n - 1 - dot);
  }

  private static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    Boolean word = v instanceof String text ? asciiWord(text) : null;
    if (word != null) {
      return word;
    }
    String s = plain(v).strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(s)) {
      return true;
    }
    if (FALSE.contains(s)) {
      return false;
    }
    throw new IllegalArgumentException("not a boolean (true/false, yes/no, 1/0, on/off)");
  }

  /**
   * The truth of ASCII text that is one of the words in any case, with white space around it, as
   * {@link #bool} reads it but without the stripped and lower-cased copies; null for anything else
   * (the general path decides). Only ASCII letters lower-case to ASCII letters of these words.
   */
  static Boolean asciiWord(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && text.charAt(from) <= ' ' && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && text.charAt(to - 1) <= ' ' && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    int n = to - from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 128) {
        return null;
      }
    }
    for (int w = 0; w < WORDS.length; w++) {
      String word = WORDS[w];
      if (word.length() == n && text.regionMatches(true, from, word, 0, n)) {
        return w < 5;
      }
    }
    return null;
  }
}
