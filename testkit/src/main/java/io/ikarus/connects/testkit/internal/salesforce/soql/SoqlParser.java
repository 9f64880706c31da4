package io.ikarus.connects.testkit.internal.salesforce.soql;

import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the SOQL subset: {@code SELECT fields|COUNT() FROM object [WHERE
 * condition] [ORDER BY field [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n] [OFFSET n]}. As in SOQL,
 * AND and OR may not be mixed at one level without parentheses.
 */
final class SoqlParser {

  private final String soql;
  private final List<SoqlToken> tokens;
  private int index;

  SoqlParser(String soql) {
    this.soql = soql;
    this.tokens = SoqlLexer.tokenize(soql);
  }

  SoqlQuery query() {
    expectKeyword("SELECT");
    List<String> fields = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    boolean count = selectList(fields, offsets);
    expectKeyword("FROM");
    SoqlToken object = expect(Type.IDENT, "object name");
    SoqlCondition where = null;
    if (peek().is("WHERE")) {
      index++;
      where = condition();
    }
    List<SoqlOrder> orderBy = peek().is("ORDER") ? orderBy() : List.of();
    long limit = optionalNumber("LIMIT", -1);
    long offset = optionalNumber("OFFSET", 0);
    expect(Type.EOF, "end of query");
    return new SoqlQuery(
        soql,
        fields,
        offsets,
        count,
        object.text(),
        object.offset(),
        where,
        orderBy,
        limit,
        offset);
  }

  private boolean selectList(List<String> fields, List<Integer> offsets) {
    if (peek().is("COUNT") && tokens.get(index + 1).type() == Type.LPAREN) {
      index++;
      expect(Type.LPAREN, "(");
      expect(Type.RPAREN, ")");
      return true;
    }
    do {
      SoqlToken field = expect(Type.IDENT, "field name");
      if (field.is("FROM")) {
        throw unexpected(field);
      }
      fields.add(field.text());
      offsets.add(field.offset());
    } while (accept(Type.COMMA));
    return false;
  }

  private SoqlCondition condition() {
    SoqlCondition first = unary();
    String joiner = peek().is("AND") ? "AND" : peek().is("OR") ? "OR" : null;
    if (joiner == null) {
      return first;
    }
    List<SoqlCondition> terms = new ArrayList<>(List.of(first));
    while (peek().is(joiner)) {
      index++;
      terms.add(unary());
    }
    if (peek().is("AND") || peek().is("OR")) {
      throw unexpected(peek());
    }
    return joiner.equals("AND") ? new SoqlCondition.And(terms) : new SoqlCondition.Or(terms);
  }

  private SoqlCondition unary() {
    if (peek().is("NOT")) {
      index++;
      return new SoqlCondition.Not(unary());
    }
    if (accept(Type.LPAREN)) {
      SoqlCondition inner = condition();
      expect(Type.RPAREN, ")");
      return inner;
    }
    return predicate();
  }

  private SoqlCondition predicate() {
    SoqlToken field = expect(Type.IDENT, "field name");
    SoqlToken op = next();
    if (op.type() == Type.OPERATOR) {
      String symbol = op.text().equals("<>") ? "!=" : op.text();
      return new SoqlCondition.Compare(field.text(), field.offset(), symbol, literal());
    }
    if (op.is("LIKE")) {
      return new SoqlCondition.Like(field.text(), field.offset(), literal());
    }
    boolean negated = op.is("NOT");
    if (negated) {
      op = next();
    }
    if (op.is("IN")) {
      return new SoqlCondition.In(field.text(), field.offset(), negated, list());
    }
    throw unexpected(op);
  }

  private List<SoqlLiteral> list() {
    expect(Type.LPAREN, "(");
    List<SoqlLiteral> values = new ArrayList<>();
    do {
      values.add(literal());
    } while (accept(Type.COMMA));
    expect(Type.RPAREN, ")");
    return values;
  }

  private SoqlLiteral literal() {
    SoqlToken t = next();
    SoqlLiteral.Kind kind =
        switch (t.type()) {
          case STRING -> SoqlLiteral.Kind.STRING;
          case NUMBER -> SoqlLiteral.Kind.NUMBER;
          case DATE -> SoqlLiteral.Kind.DATE;
          case DATETIME -> SoqlLiteral.Kind.DATETIME;
          case IDENT ->
              t.is("NULL")
                  ? SoqlLiteral.Kind.NULL
                  : t.is("TRUE") || t.is("FALSE") ? SoqlLiteral.Kind.BOOLEAN : null;
          default -> null;
        };
    if (kind == null) {
      throw unexpected(t);
    }
    return new SoqlLiteral(kind, t.text(), t.offset());
  }

  private List<SoqlOrder> orderBy() {
    index++;
    expectKeyword("BY");
    List<SoqlOrder> items = new ArrayList<>();
    do {
      SoqlToken field = expect(Type.IDENT, "field name");
      boolean ascending = true;
      if (peek().is("ASC") || peek().is("DESC")) {
        ascending = next().is("ASC");
      }
      boolean nullsFirst = ascending;
      if (peek().is("NULLS")) {
        index++;
        SoqlToken which = next();
        if (!which.is("FIRST") && !which.is("LAST")) {
          throw unexpected(which);
        }
        nullsFirst = which.is("FIRST");
      }
      items.add(new SoqlOrder(field.text(), field.offset(), ascending, nullsFirst));
    } while (accept(Type.COMMA));
    return items;
  }

  private long optionalNumber(String keyword, long absent) {
    if (!peek().is(keyword)) {
      return absent;
    }
    index++;
    SoqlToken n = expect(Type.NUMBER, "number");
    if (!n.text().matches("\\d+")) {
      throw unexpected(n);
    }
    return Long.parseLong(n.text());
  }

  private SoqlToken peek() {
    return tokens.get(index);
  }

  private SoqlToken next() {
    SoqlToken t = tokens.get(index);
    if (t.type() != Type.EOF) {
      index++;
    }
    return t;
  }

  private boolean accept(Type type) {
    if (peek().type() == type) {
      index++;
      return true;
    }
    return false;
  }

  private SoqlToken expect(Type type, String what) {
    SoqlToken t = next();
    if (t.type() != type) {
      throw unexpected(t);
    }
    return t;
  }

  private void expectKeyword(String keyword) {
    SoqlToken t = next();
    if (!t.is(keyword)) {
      throw unexpected(t);
    }
  }

  private SoqlException unexpected(SoqlToken t) {
    return SoqlException.at("MALFORMED_QUERY", soql, t.offset(), "unexpected token: " + t.shown());
  }
}
