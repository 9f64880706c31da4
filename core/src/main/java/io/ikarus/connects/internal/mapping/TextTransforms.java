package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Transforms of text values. */
public final class TextTransforms {

  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
  private static final String[] ASCII_UPPER = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_UPPER[c] = String.valueOf(c).toUpperCase(Locale.ROOT);
    }
  }

  private TextTransforms() {}

  /** The value as text: strings as they are, numbers and booleans as written; else an error. */
  public static String text(Object value) {
    if (value instanceof CharSequence s) {
      return s.toString();
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return Coercions.plain(value);
    }
    throw new IllegalArgumentException("expected text but got " + value.getClass().getSimpleName());
  }

  /** Removes leading and trailing white space. */
  public static Transform trim() {
    return NamedTransform.normalizer("trim", v -> text(v).strip());
  }

  /** Lower case (locale-neutral). */
  public static Transform lower() {
    return NamedTransform.normalizer("lower", v -> text(v).toLowerCase(Locale.ROOT));
  }

  /** Upper case (locale-neutral). */
  public static Transform upper() {
    return NamedTransform.normalizer("upper", v -> text(v).toUpperCase(Locale.ROOT));
  }

  /** Each word capitalised, the rest lower case; words start after space, hyphen, apostrophe. */
  public static Transform titleCase() {
    return NamedTransform.normalizer("title", v -> title(text(v)));
  }

  /** Only the digits. */
  public static Transform digitsOnly() {
    return NamedTransform.normalizer("digits", v -> NOT_DIGIT.matcher(text(v)).replaceAll(""));
  }

  /** Trimmed, lower-case email address; refuses text that is not an address. */
  public static Transform email() {
    return NamedTransform.normalizer("email", v -> email(text(v)));
  }

  /** E.164 phone number with {@code defaultCountry} for numbers without a country code. */
  public static Transform phoneE164(String defaultCountry) {
    PhoneNumbers rules = PhoneNumbers.forCountry(defaultCountry);
    return NamedTransform.normalizer("phone_e164", v -> rules.toE164(text(v)));
  }

  /** The given names of a full name: all words but the last; null for a one-word name. */
  public static Transform firstName() {
    return NamedTransform.oneWay("first_name", v -> namePart(v, true));
  }

  /** The family name of a full name: its last word. */
  public static Transform lastName() {
    return NamedTransform.oneWay("last_name", v -> namePart(v, false));
  }

  /** Joins the non-blank values of a multi-source rule with {@code separator}. */
  public static Transform concat(String separator) {
    Objects.requireNonNull(separator, "separator");
    return NamedTransform.oneWay(
        "concat",
        v -> {
          List<?> parts = v instanceof List<?> l ? l : List.of(v);
          String joined =
              String.join(
                  separator,
                  parts.stream()
                      .filter(Objects::nonNull)
                      .map(TextTransforms::text)
                      .filter(s -> !s.isBlank())
                      .toList());
          return joined.isEmpty() ? null : joined;
        });
  }

  /**
   * Lower case, then each letter that starts the text or follows white space ({@code \s}), a hyphen
   * or an apostrophe in upper case: what the regular expression {@code (^|[\s\-'])(\p{L})} replaced
   * before, in one pass without a matcher.
   */
  static String title(String s) {
    String ascii = asciiTitle(s);
    return ascii != null ? ascii : unicodeTitle(s);
  }

  /**
   * {@link #title} of ASCII text in one copy (the text itself when nothing changes); null when the
   * text has other characters, whose case mapping may depend on their neighbours.
   */
  private static String asciiTitle(String s) {
    int n = s.length();
    char[] out = null;
    boolean start = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return null;
      }
      char t = start ? asciiUpper(c) : asciiLower(c);
      if (t != c && out == null) {
        out = Scratch.chars(n);
        s.getChars(0, i, out, 0);
      }
      if (out != null) {
        out[i] = t;
      }
      start = c == '-' || c == '\'' || isSpace(c);
    }
    return out == null ? s : new String(out, 0, n);
  }

  private static char asciiUpper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** {@link #title} of any text: lower case, then the word starts in upper case. */
  private static String unicodeTitle(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int n = lower.length();
    StringBuilder out = null;
    int copied = 0;
    boolean start = true;
    for (int i = 0; i < n; ) {
      int cp = lower.codePointAt(i);
      int width = Character.charCount(cp);
      if (start && Character.isLetter(cp)) {
        String upper = upper(cp);
        if (upper.length() != width || upper.codePointAt(0) != cp) {
          if (out == null) {
            out = new StringBuilder(n + 2);
          }
          out.append(lower, copied, i).append(upper);
          copied = i + width;
        }
      }
      start = cp == '-' || cp == '\'' || isSpace(cp);
      i += width;
    }
    return out == null ? lower : out.append(lower, copied, n).toString();
  }

  /** A code point in upper case as {@code String.toUpperCase} writes it (ß becomes SS). */
  private static String upper(int cp) {
    return cp < 128 ? ASCII_UPPER[cp] : new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
  }

  /** The characters of the regular expression class {@code \s}: space and \t \n \x0B \f \r. */
  private static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * An address: no white space, one {@code @} with text before it, and after it at least two
   * non-empty dot-separated labels; what {@code [^@\s]+@[^@\s.]+(\.[^@\s.]+)+} matched.
   */
  static boolean isEmail(String e) {
    int at = -1;
    int n = e.length();
    for (int i = 0; i < n; i++) {
      char c = e.charAt(i);
      if (isSpace(c)) {
        return false;
      }
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    if (at < 1 || at + 1 >= n || e.charAt(at + 1) == '.' || e.charAt(n - 1) == '.') {
      return false;
    }
    boolean dot = false;
    for (int i = at + 2; i < n; i++) {
      if (e.charAt(i) == '.') {
        if (e.charAt(i - 1) == '.') {
          return false;
        }
        dot = true;
      }
    }
    return dot;
  }

  /** Runs of {@code \s} characters as one space, as {@code replaceAll("\\s+", " ")} did. */
  static String collapseSpaces(String s) {
    int n = s.length();
    StringBuilder out = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(s.charAt(end))) {
        end++;
      }
      if (out == null && (c != ' ' || end > i + 1)) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static String email(String s) {
    String ascii = asciiEmail(s);
    if (ascii != null) {
      return ascii;
    }
    String e = stripLower(s);
    if (!isEmail(e)) {
      throw new IllegalArgumentException("not an email address");
    }
    return e;
  }

  /**
   * {@link #email} of ASCII text in one pass: stripped, lower-cased into the scratch buffer and
   * checked as {@link #isEmail} checks it; null for other text and for text that is not an address
   * (the general path then decides and names the reason).
   */
  private static String asciiEmail(String s) {
    int n = s.length();
    int from = 0;
    int to = n;
    while (from < to && s.charAt(from) <= ' ' && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ' && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    int len = to - from;
    char[] out = Scratch.chars(len);
    boolean changed = false;
    boolean dot = false;
    int at = -1;
    char prev = 0;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(from + i);
      if (c >= 128 || isSpace(c)) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
        changed = true;
      }
      out[i] = c;
      if (c == '@') {
        if (at >= 0) {
          return null;
        }
        at = i;
      } else if (c == '.' && at >= 0) {
        if (prev == '.' || i == at + 1) {
          return null;
        }
        dot = true;
      }
      prev = c;
    }
    if (at < 1 || !dot || prev == '.') {
      return null;
    }
    if (changed) {
      return new String(out, 0, len);
    }
    return from == 0 && to == n ? s : s.substring(from, to);
  }

  /**
   * {@code s.strip().toLowerCase(Locale.ROOT)} in one copy for ASCII text (the text itself when
   * nothing changes).
   */
  static String stripLower(String s) {
    int n = s.length();
    int from = 0;
    int to = n;
    char[] out = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return s.strip().toLowerCase(Locale.ROOT);
      }
      if (out == null && c >= 'A' && c <= 'Z') {
        out = Scratch.chars(n);
      }
    }
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (out == null) {
      return from == 0 && to == n ? s : s.substring(from, to);
    }
    for (int i = from; i < to; i++) {
      out[i - from] = asciiLower(s.charAt(i));
    }
    return new String(out, 0, to - from);
  }

  /**
   * The given names ({@code first}) or the family name of a full name: all words but the last (null
   * for a one-word name), or the last word; null for a blank name.
   */
  private static String namePart(Object v, boolean first) {
    String full = collapseSpaces(text(v).strip());
    if (full.isEmpty()) {
      return null;
    }
    int cut = full.lastIndexOf(' ');
    if (first) {
      return cut < 0 ? null : full.substring(0, cut);
    }
    return cut < 0 ? full : full.substring(cut + 1);
  }
}
