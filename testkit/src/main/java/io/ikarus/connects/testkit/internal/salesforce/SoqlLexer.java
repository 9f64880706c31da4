package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.internal.salesforce.SoqlToken.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL query into tokens; string literals keep their escapes for later decoding. */
final class SoqlLexer {

  /** One named group a token type (EOF aside), tried in this order. */
  private static final Pattern TOKEN =
      Pattern.compile(
          String.join(
              "|",
              "(?<COMMA>,)",
              "(?<LPAREN>\\()",
              "(?<RPAREN>\\))",
              "(?<STRING>'(?<body>(?:[^'\\\\]|\\\\[\\s\\S])*)')",
              "(?<DATETIME>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?"
                  + "(?:Z|[+-]\\d{2}:?\\d{2}))",
              "(?<DATE>\\d{4}-\\d{2}-\\d{2}(?![\\w:]))",
              "(?<NUMBER>[+-]?\\d+(?:\\.\\d+)?(?![\\w.]))",
              "(?<IDENT>[A-Za-z_][A-Za-z0-9_.]*)",
              "(?<OPERATOR>!=|<>|<=|>=|=|<|>)"));

  private SoqlLexer() {}

  static List<SoqlToken> tokenize(String soql) {
    List<SoqlToken> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(soql);
    int pos = 0;
    while (true) {
      while (pos < soql.length() && Character.isWhitespace(soql.charAt(pos))) {
        pos++;
      }
      if (pos >= soql.length()) {
        tokens.add(new SoqlToken(Type.EOF, "", pos));
        return tokens;
      }
      if (!m.region(pos, soql.length()).lookingAt()) {
        throw soql.charAt(pos) == '\''
            ? SfFailure.soql(
                "MALFORMED_QUERY", soql, pos, "line 1:" + pos + " mismatched character '<EOF>'")
            : SfFailure.soql(
                "MALFORMED_QUERY", soql, pos, "unexpected token: '" + soql.charAt(pos) + "'");
      }
      tokens.add(token(m, pos));
      pos = m.end();
    }
  }

  private static SoqlToken token(Matcher m, int pos) {
    for (Type type : Type.values()) {
      if (type != Type.EOF && m.group(type.name()) != null) {
        return new SoqlToken(type, type == Type.STRING ? m.group("body") : m.group(), pos);
      }
    }
    throw new IllegalStateException("every alternative of TOKEN is a token type");
  }
}
