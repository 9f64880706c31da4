package io.ikarus.connects.testkit.internal.salesforce;

import java.util.Locale;

/**
 * One SOQL token; literals stay tokens until they are converted to the compared field's type.
 *
 * @param type the token type
 * @param text the source text (for strings: the raw content between the quotes, escapes kept)
 * @param offset the 0-based offset in the query
 */
record SoqlToken(Type type, String text, int offset) {

  enum Type {
    IDENT,
    STRING,
    NUMBER,
    DATE,
    DATETIME,
    OPERATOR,
    COMMA,
    LPAREN,
    RPAREN,
    EOF
  }

  /** True for an identifier equal to {@code keyword}, ignoring case. */
  boolean is(String keyword) {
    return type == Type.IDENT && text.toUpperCase(Locale.ROOT).equals(keyword);
  }

  /** True for a literal: a string, number, date or datetime, or TRUE, FALSE or NULL. */
  boolean isLiteral() {
    return switch (type) {
      case STRING, NUMBER, DATE, DATETIME -> true;
      case IDENT -> is("NULL") || is("TRUE") || is("FALSE");
      default -> false;
    };
  }

  /** The text shown in "unexpected token" messages. */
  String shown() {
    return switch (type) {
      case EOF -> "<EOF>";
      case STRING -> "'" + text + "'";
      default -> text;
    };
  }

  /**
   * Decodes a string literal: {@code \' \" \\ \n \r \t \b \f}; inside LIKE, {@code \%} and {@code
   * \_} become the marker characters {@code \u0001} and {@code \u0002} so they are matched
   * literally, not as wildcards.
   */
  String decode(String soql, boolean like) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(++i);
      switch (Character.toLowerCase(e)) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case '\'', '"', '\\' -> out.append(e);
        case '%', '_' -> {
          if (!like) {
            throw illegalEscape(soql, e, " outside a LIKE expression");
          }
          out.append(e == '%' ? '\u0001' : '\u0002');
        }
        default -> throw illegalEscape(soql, e, " in string literal.");
      }
    }
    return out.toString();
  }

  private SfFailure illegalEscape(String soql, char escaped, String where) {
    return SfFailure.soql(
        "MALFORMED_QUERY",
        soql,
        offset,
        "Invalid string literal '" + text + "'. Illegal character sequence \\" + escaped + where);
  }
}
