package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.internal.filter.Filter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses the OData {@code $filter} subset the Dataverse connector emits: eq/ne/gt/ge/lt/le,
 * and/or/not, parentheses, contains/startswith/endswith, and literals (strings with {@code ''}
 * escapes, numbers, null, true/false, GUIDs, date-times). Anything else is a 400 like Dataverse's.
 */
final class FilterParser {

  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final List<String> OPS = List.of("eq", "ne", "gt", "ge", "lt", "le");

  private final FilterLexer lexer;

  private FilterParser(String text) {
    this.lexer = new FilterLexer(text);
  }

  /** Parses {@code text}; throws a 400 {@link ODataException} naming the position at fault. */
  static Filter<Map<String, Object>> parse(String text) {
    FilterParser p = new FilterParser(text);
    Filter<Map<String, Object>> e = p.or();
    p.lexer.expectEnd();
    return e;
  }

  /** Parses one literal on its own, such as a function parameter alias value. */
  static Object literal(String text) {
    FilterParser p = new FilterParser(text);
    Object v = p.literal();
    p.lexer.expectEnd();
    return v;
  }

  private Filter<Map<String, Object>> or() {
    Filter<Map<String, Object>> e = and();
    while (lexer.acceptWord("or")) {
      e = Filter.any(List.of(e, and()));
    }
    return e;
  }

  private Filter<Map<String, Object>> and() {
    Filter<Map<String, Object>> e = unary();
    while (lexer.acceptWord("and")) {
      e = Filter.all(List.of(e, unary()));
    }
    return e;
  }

  private Filter<Map<String, Object>> unary() {
    if (lexer.acceptWord("not")) {
      return Filter.not(unary());
    }
    if (lexer.accept('(')) {
      Filter<Map<String, Object>> e = or();
      lexer.expect(')');
      return e;
    }
    String word = lexer.word();
    if (ODataValues.FUNCTIONS.contains(word) && lexer.accept('(')) {
      String property = identifier(lexer.word());
      lexer.expect(',');
      String text = lexer.string();
      lexer.expect(')');
      return ODataValues.textMatch(word, property, text);
    }
    String property = identifier(word);
    String op = lexer.word();
    if (!OPS.contains(op)) {
      throw lexer.error("expected a comparison operator");
    }
    return ODataValues.comparison(property, op, literal());
  }

  private String identifier(String word) {
    if (!IDENT.matcher(word).matches()) {
      throw lexer.error("'" + word + "' is not a property name");
    }
    return word;
  }

  private Object literal() {
    if (lexer.peekString()) {
      return lexer.string();
    }
    String w = lexer.word();
    if (w.equals("null")) {
      return null;
    }
    if (w.equals("true") || w.equals("false")) {
      return Boolean.valueOf(w);
    }
    if (ResourcePath.GUID.matcher(w).matches()) {
      return UUID.fromString(w);
    }
    if (NUMBER.matcher(w).matches()) {
      return new BigDecimal(w);
    }
    try {
      return OffsetDateTime.parse(w).toInstant();
    } catch (DateTimeParseException e) {
      throw lexer.error("'" + w + "' is not a valid literal");
    }
  }
}
