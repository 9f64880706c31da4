package io.ikarus.connects.testkit.internal.salesforce.soql;

import java.util.Locale;

/**
 * One SOQL token.
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

  /** The text shown in "unexpected token" messages. */
  String shown() {
    return switch (type) {
      case EOF -> "<EOF>";
      case STRING -> "'" + text + "'";
      default -> text;
    };
  }
}
