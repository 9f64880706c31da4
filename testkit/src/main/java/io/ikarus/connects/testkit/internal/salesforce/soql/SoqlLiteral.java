package io.ikarus.connects.testkit.internal.salesforce.soql;

/**
 * A literal in a WHERE clause, before it is converted to the compared field's type.
 *
 * @param kind what kind of literal
 * @param text the source text (strings: raw content with escapes)
 * @param offset where it starts in the query
 */
record SoqlLiteral(Kind kind, String text, int offset) {

  enum Kind {
    STRING,
    NUMBER,
    DATE,
    DATETIME,
    BOOLEAN,
    NULL
  }

  /** Decodes a string literal outside LIKE: {@code \' \" \\ \n \r \t \b \f}. */
  String decoded(String soql) {
    return decode(soql, false);
  }

  /**
   * Decodes a string literal; inside LIKE, {@code \%} and {@code \_} become the marker characters
   * {@code \u0001} and {@code \u0002} so they are matched literally, not as wildcards.
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

  private SoqlException illegalEscape(String soql, char escaped, String where) {
    return SoqlException.at(
        "MALFORMED_QUERY",
        soql,
        offset,
        "Invalid string literal '" + text + "'. Illegal character sequence \\" + escaped + where);
  }
}
