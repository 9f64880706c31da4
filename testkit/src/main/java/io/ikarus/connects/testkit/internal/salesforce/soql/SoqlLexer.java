package io.ikarus.connects.testkit.internal.salesforce.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL query into tokens; string literals keep their escapes for later decoding. */
final class SoqlLexer {

  private static final Pattern DATETIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\w:])");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?(?![\\w.])");
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Pattern OPERATOR = Pattern.compile("!=|<>|<=|>=|=|<|>");

  private final String soql;
  private int pos;

  private SoqlLexer(String soql) {
    this.soql = soql;
  }

  static List<SoqlToken> tokenize(String soql) {
    return new SoqlLexer(soql).all();
  }

  private List<SoqlToken> all() {
    List<SoqlToken> tokens = new ArrayList<>();
    while (true) {
      while (pos < soql.length() && Character.isWhitespace(soql.charAt(pos))) {
        pos++;
      }
      if (pos >= soql.length()) {
        tokens.add(new SoqlToken(SoqlToken.Type.EOF, "", pos));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private SoqlToken next() {
    char c = soql.charAt(pos);
    switch (c) {
      case ',':
        return single(SoqlToken.Type.COMMA);
      case '(':
        return single(SoqlToken.Type.LPAREN);
      case ')':
        return single(SoqlToken.Type.RPAREN);
      case '\'':
        return string();
      default:
        break;
    }
    for (Object[] kind :
        new Object[][] {
          {DATETIME, SoqlToken.Type.DATETIME},
          {DATE, SoqlToken.Type.DATE},
          {NUMBER, SoqlToken.Type.NUMBER},
          {IDENT, SoqlToken.Type.IDENT},
          {OPERATOR, SoqlToken.Type.OPERATOR}
        }) {
      Matcher m = ((Pattern) kind[0]).matcher(soql).region(pos, soql.length());
      if (m.lookingAt()) {
        SoqlToken token = new SoqlToken((SoqlToken.Type) kind[1], m.group(), pos);
        pos = m.end();
        return token;
      }
    }
    throw SoqlException.at(
        "MALFORMED_QUERY", soql, pos, "unexpected token: '" + soql.charAt(pos) + "'");
  }

  private SoqlToken single(SoqlToken.Type type) {
    return new SoqlToken(type, String.valueOf(soql.charAt(pos)), pos++);
  }

  private SoqlToken string() {
    int start = pos++;
    StringBuilder raw = new StringBuilder();
    while (pos < soql.length()) {
      char c = soql.charAt(pos++);
      if (c == '\\') {
        if (pos >= soql.length()) {
          break;
        }
        raw.append(c).append(soql.charAt(pos++));
      } else if (c == '\'') {
        return new SoqlToken(SoqlToken.Type.STRING, raw.toString(), start);
      } else {
        raw.append(c);
      }
    }
    throw SoqlException.at(
        "MALFORMED_QUERY", soql, start, "line 1:" + start + " mismatched character '<EOF>'");
  }
}
