package io.ikarus.connects.internal.log;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a log line, a listener event or an exception message.
 * One place decides what a secret is: any header, query parameter, form field or JSON property
 * whose name mentions a token, secret, password, key, assertion, signature or authorization.
 */
public final class Redactor {

  /** What replaces a secret value. */
  public static final String MASK = "***";

  private static final String SECRET_NAME =
      "[A-Za-z0-9_.\\-]*(?:token|secret|password|passwd|api[_-]?key|apikey|assertion|signature"
          + "|authorization|session[_-]?id|code[_-]?verifier)[A-Za-z0-9_.\\-]*";

  private static final Pattern SECRET_KEY = Pattern.compile(SECRET_NAME, Pattern.CASE_INSENSITIVE);

  /** {@code name=value} in query strings and form bodies. */
  private static final Pattern PAIR =
      Pattern.compile("(?i)(^|[?&;\\s])(" + SECRET_NAME + ")=([^&;\\s]*)");

  /** {@code "name": "value"} (or a number / literal) in JSON text. */
  private static final Pattern JSON_PAIR =
      Pattern.compile(
          "(?i)(\"" + SECRET_NAME + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");

  /** {@code Bearer xyz} / {@code Basic xyz} credentials appearing in free text. */
  private static final Pattern SCHEME =
      Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9\\-._~+/]+=*");

  private Redactor() {}

  /** True when a header, parameter or property of this name holds a secret. */
  public static boolean isSecret(String name) {
    return name != null && SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  /** Returns {@code value} masked when {@code name} is a secret's name. */
  public static String header(String name, String value) {
    return isSecret(name) ? MASK : value;
  }

  /**
   * Redacts secrets in free text: query strings, form bodies, JSON text and bearer credentials.
   * Null stays null.
   */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = replace(PAIR.matcher(text), 3);
    out = replace(JSON_PAIR.matcher(out), 2);
    return controls(SCHEME.matcher(out).replaceAll("$1 " + MASK));
  }

  /**
   * The path and query of a URL as a DEBUG line may show it: every query value and every path
   * segment holding an email address masked, since search terms and filters carry personal data.
   * Parameter names stay, so the line still says what was asked. Null stays null.
   */
  public static String withoutValues(String pathAndQuery) {
    if (pathAndQuery == null) {
      return null;
    }
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    StringBuilder b = new StringBuilder(pathAndQuery.length());
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      b.append(i == 0 ? "" : "/").append(isEmail(segments[i]) ? MASK : segments[i]);
    }
    if (q >= 0) {
      String sep = "?";
      for (String param : pathAndQuery.substring(q + 1).split("&", -1)) {
        int eq = param.indexOf('=');
        b.append(sep).append(eq < 0 ? param : param.substring(0, eq + 1) + MASK);
        sep = "&";
      }
    }
    return controls(b.toString());
  }

  private static boolean isEmail(String segment) {
    return segment.contains("@") || segment.toLowerCase(Locale.ROOT).contains("%40");
  }

  /**
   * {@code text} with control characters and line separators (CR, LF, NEL, U+2028/9, ...) written
   * as visible escapes, so that vendor text cannot forge log lines or split a message.
   */
  public static String controls(String text) {
    if (text == null || text.chars().noneMatch(Redactor::isControl)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    text.chars()
        .forEach(
            c -> {
              if (c == '\n') {
                b.append("\\n");
              } else if (c == '\r') {
                b.append("\\r");
              } else if (isControl(c)) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.append((char) c);
              }
            });
    return b.toString();
  }

  private static boolean isControl(int c) {
    return (Character.isISOControl(c) && c != '\t') || c == 0x2028 || c == 0x2029;
  }

  private static String replace(Matcher m, int valueGroup) {
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String whole = m.group();
      int cut = m.start(valueGroup) - m.start();
      String masked = valueGroup == 3 || !whole.substring(cut).startsWith("\"") ? MASK : "\"***\"";
      m.appendReplacement(b, Matcher.quoteReplacement(whole.substring(0, cut) + masked));
    }
    m.appendTail(b);
    return b.toString();
  }
}
