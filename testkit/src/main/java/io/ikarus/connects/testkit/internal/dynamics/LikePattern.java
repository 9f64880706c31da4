package io.ikarus.connects.testkit.internal.dynamics;

import java.util.regex.Pattern;

/**
 * SQL {@code LIKE} matching, as Dataverse applies it to {@code contains}, {@code startswith} and
 * {@code endswith}: {@code %} any run, {@code _} any one character, {@code [abc]} / {@code [^abc]}
 * a set, and {@code [%]} a literal; case-insensitive like the default collation.
 */
final class LikePattern {

  private LikePattern() {}

  /** The regular expression equivalent to the LIKE pattern {@code like}. */
  static Pattern compile(String like) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < like.length()) {
      char c = like.charAt(i);
      int close = c == '[' ? like.indexOf(']', i + 2) : -1;
      if (c == '%') {
        re.append(".*");
      } else if (c == '_') {
        re.append('.');
      } else if (close > 0) {
        re.append(set(like.substring(i + 1, close)));
        i = close;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  private static String set(String body) {
    boolean negated = body.startsWith("^") && body.length() > 1;
    String chars = negated ? body.substring(1) : body;
    StringBuilder sb = new StringBuilder(negated ? "[^" : "[");
    for (char ch : chars.toCharArray()) {
      if ("\\^[]&".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.append(']').toString();
  }
}
