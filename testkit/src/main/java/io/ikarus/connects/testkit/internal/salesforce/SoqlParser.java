package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.filter.Filter;
import io.ikarus.connects.testkit.internal.salesforce.SoqlToken.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A recursive-descent parser for the SOQL subset: {@code SELECT fields|COUNT() FROM object [WHERE
 * condition] [ORDER BY field [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n] [OFFSET n]}. As in SOQL,
 * AND and OR may not be mixed at one level without parentheses. Clauses parse into functions of a
 * {@link SoqlBinder}, applied once the whole query has parsed, so syntax errors come first.
 */
final class SoqlParser {

  /** A WHERE condition waiting for the object's schema. */
  private interface Condition extends Function<SoqlBinder, Filter<StoredRecord>> {}

  /** An ORDER BY item waiting for the object's schema. */
  private interface Order extends Function<SoqlBinder, Comparator<StoredRecord>> {}

  private final String soql;
  private final List<SoqlToken> tokens;
  private int index;

  SoqlParser(String soql) {
    this.soql = soql;
    this.tokens = SoqlLexer.tokenize(soql);
  }

  /** Parses the query, then binds it with the binder {@code binders} gives for its object. */
  SoqlPlan query(Function<SoqlToken, SoqlBinder> binders) {
    expectKeyword("SELECT");
    List<SoqlToken> fields = new ArrayList<>();
    boolean count = selectList(fields);
    expectKeyword("FROM");
    SoqlToken object = expect(Type.IDENT);
    Condition where = acceptKeyword("WHERE") ? condition() : null;
    List<Order> orderBy = acceptKeyword("ORDER") ? orderBy() : List.of();
    long limit = optionalNumber("LIMIT", -1);
    long offset = optionalNumber("OFFSET", 0);
    expect(Type.EOF);
    SoqlBinder binder = binders.apply(object);
    return new SoqlPlan(
        binder.schema(),
        binder.select(fields),
        where == null ? Filter.always() : where.apply(binder),
        orderBy.stream().map(o -> o.apply(binder)).reduce(Comparator::thenComparing).orElse(null),
        count,
        limit,
        offset);
  }

  private boolean selectList(List<SoqlToken> fields) {
    if (peek().is("COUNT") && tokens.get(index + 1).type() == Type.LPAREN) {
      index++;
      expect(Type.LPAREN);
      expect(Type.RPAREN);
      return true;
    }
    do {
      SoqlToken field = expect(Type.IDENT);
      if (field.is("FROM")) {
        throw unexpected(field);
      }
      fields.add(field);
    } while (accept(Type.COMMA));
    return false;
  }

  private Condition condition() {
    Condition first = unary();
    String joiner = peek().is("AND") ? "AND" : peek().is("OR") ? "OR" : null;
    if (joiner == null) {
      return first;
    }
    List<Condition> terms = new ArrayList<>(List.of(first));
    while (acceptKeyword(joiner)) {
      terms.add(unary());
    }
    if (peek().is("AND") || peek().is("OR")) {
      throw unexpected(peek());
    }
    return b -> {
      List<Filter<StoredRecord>> bound = terms.stream().map(t -> t.apply(b)).toList();
      return joiner.equals("AND") ? Filter.all(bound) : Filter.any(bound);
    };
  }

  private Condition unary() {
    if (acceptKeyword("NOT")) {
      Condition term = unary();
      return b -> Filter.not(term.apply(b));
    }
    if (accept(Type.LPAREN)) {
      Condition inner = condition();
      expect(Type.RPAREN);
      return inner;
    }
    return predicate();
  }

  private Condition predicate() {
    SoqlToken field = expect(Type.IDENT);
    SoqlToken op = next();
    if (op.type() == Type.OPERATOR) {
      String symbol = op.text().equals("<>") ? "!=" : op.text();
      SoqlToken value = literal();
      return b -> b.compare(field, symbol, value);
    }
    if (op.is("LIKE")) {
      SoqlToken pattern = literal();
      return b -> b.like(field, pattern);
    }
    boolean negated = op.is("NOT");
    if (negated) {
      op = next();
    }
    if (op.is("IN")) {
      List<SoqlToken> values = list();
      return b -> b.in(field, negated, values);
    }
    throw unexpected(op);
  }

  private List<SoqlToken> list() {
    expect(Type.LPAREN);
    List<SoqlToken> values = new ArrayList<>();
    do {
      values.add(literal());
    } while (accept(Type.COMMA));
    expect(Type.RPAREN);
    return values;
  }

  private SoqlToken literal() {
    SoqlToken t = next();
    if (!t.isLiteral()) {
      throw unexpected(t);
    }
    return t;
  }

  private List<Order> orderBy() {
    expectKeyword("BY");
    List<Order> items = new ArrayList<>();
    do {
      SoqlToken field = expect(Type.IDENT);
      boolean ascending = acceptKeyword("ASC") || !acceptKeyword("DESC");
      boolean nullsFirst = nullsFirst(ascending);
      items.add(b -> b.order(field, ascending, nullsFirst));
    } while (accept(Type.COMMA));
    return items;
  }

  /** NULLS FIRST or LAST when given; by default nulls sort first ascending, last descending. */
  private boolean nullsFirst(boolean ascending) {
    if (!acceptKeyword("NULLS")) {
      return ascending;
    }
    SoqlToken which = next();
    if (!which.is("FIRST") && !which.is("LAST")) {
      throw unexpected(which);
    }
    return which.is("FIRST");
  }

  private long optionalNumber(String keyword, long absent) {
    if (!acceptKeyword(keyword)) {
      return absent;
    }
    SoqlToken n = expect(Type.NUMBER);
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

  private SoqlToken expect(Type type) {
    SoqlToken t = next();
    if (t.type() != type) {
      throw unexpected(t);
    }
    return t;
  }

  /** Consumes the next token when it is {@code keyword}. */
  private boolean acceptKeyword(String keyword) {
    if (peek().is(keyword)) {
      index++;
      return true;
    }
    return false;
  }

  private void expectKeyword(String keyword) {
    if (!acceptKeyword(keyword)) {
      throw unexpected(peek());
    }
  }

  private SfFailure unexpected(SoqlToken t) {
    return SfFailure.soql("MALFORMED_QUERY", soql, t.offset(), "unexpected token: " + t.shown());
  }
}
