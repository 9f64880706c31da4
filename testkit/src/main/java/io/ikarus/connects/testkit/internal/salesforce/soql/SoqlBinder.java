package io.ikarus.connects.testkit.internal.salesforce.soql;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Checks a parsed query against the schemas and compiles it into a {@link SoqlPlan}. */
public final class SoqlBinder {

  private final SoqlQuery query;
  private final SObjectSchema schema;
  private final UnaryOperator<String> ids;

  private SoqlBinder(SoqlQuery query, SObjectSchema schema, UnaryOperator<String> ids) {
    this.query = query;
    this.schema = schema;
    this.ids = ids;
  }

  /**
   * Parses and binds {@code soql}; {@code ids} turns id literals into their canonical form.
   *
   * @throws SoqlException with {@code MALFORMED_QUERY}, {@code INVALID_TYPE} or {@code
   *     INVALID_FIELD}
   */
  public static SoqlPlan bind(
      String soql, Function<String, Optional<SObjectSchema>> schemas, UnaryOperator<String> ids) {
    SoqlQuery query = SoqlQuery.parse(soql);
    SObjectSchema schema =
        schemas
            .apply(query.object())
            .orElseThrow(
                () ->
                    SoqlException.at(
                        "INVALID_TYPE",
                        soql,
                        query.objectOffset(),
                        "sObject type '"
                            + query.object()
                            + "' is not supported. If you are attempting to use a custom object,"
                            + " be sure to append the '__c' after the entity name. Please reference"
                            + " your WSDL or the describe call for the appropriate names."));
    return new SoqlBinder(query, schema, ids).plan();
  }

  private SoqlPlan plan() {
    List<SObjectField> fields = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < query.fields().size(); i++) {
      SObjectField field = field(query.fields().get(i), query.fieldOffsets().get(i));
      if (!seen.add(field.name())) {
        throw SoqlException.at(
            "MALFORMED_QUERY",
            query.soql(),
            query.fieldOffsets().get(i),
            "duplicate field selected: " + field.name());
      }
      fields.add(field);
    }
    Predicate<SoqlRow> filter = query.where() == null ? row -> true : compile(query.where());
    return new SoqlPlan(query, schema, List.copyOf(fields), filter, order());
  }

  private Comparator<SoqlRow> order() {
    Comparator<SoqlRow> order = null;
    for (SoqlOrder item : query.orderBy()) {
      SObjectField field = field(item.field(), item.offset());
      Comparator<Object> values = SoqlValues.ordering(item.ascending(), item.nullsFirst());
      Comparator<SoqlRow> next = Comparator.comparing(row -> row.value(field), values);
      order = order == null ? next : order.thenComparing(next);
    }
    return order;
  }

  private Filter<SoqlRow> compile(SoqlCondition condition) {
    if (condition instanceof SoqlCondition.And and) {
      return Filter.all(and.terms().stream().map(this::compile).toList());
    }
    if (condition instanceof SoqlCondition.Or or) {
      return Filter.any(or.terms().stream().map(this::compile).toList());
    }
    if (condition instanceof SoqlCondition.Not not) {
      return Filter.not(compile(not.term()));
    }
    if (condition instanceof SoqlCondition.Compare compare) {
      return Filter.where(compare.field(), compare(compare));
    }
    if (condition instanceof SoqlCondition.In in) {
      return Filter.where(in.field(), in(in));
    }
    SoqlCondition.Like like = (SoqlCondition.Like) condition;
    return Filter.where(like.field(), like(like));
  }

  private Predicate<SoqlRow> compare(SoqlCondition.Compare c) {
    SObjectField field = field(c.field(), c.fieldOffset());
    Object literal = SoqlValues.convert(query.soql(), field, c.value(), ids);
    String op = c.op();
    if (literal == null && !op.equals("=") && !op.equals("!=")) {
      throw SoqlException.at(
          "MALFORMED_QUERY", query.soql(), c.value().offset(), "unexpected token: null");
    }
    return row -> {
      Object value = row.value(field);
      return switch (op) {
        case "=" -> SoqlValues.same(value, literal);
        case "!=" -> !SoqlValues.same(value, literal);
        default -> value != null && test(op, SoqlValues.compare(value, literal));
      };
    };
  }

  private static boolean test(String op, int cmp) {
    return switch (op) {
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      default -> cmp >= 0;
    };
  }

  private Predicate<SoqlRow> in(SoqlCondition.In c) {
    SObjectField field = field(c.field(), c.fieldOffset());
    List<Object> values = new ArrayList<>();
    c.values().forEach(v -> values.add(SoqlValues.convert(query.soql(), field, v, ids)));
    Predicate<SoqlRow> any =
        row -> values.stream().anyMatch(v -> SoqlValues.same(row.value(field), v));
    return c.negated() ? any.negate() : any;
  }

  private Predicate<SoqlRow> like(SoqlCondition.Like c) {
    SObjectField field = field(c.field(), c.fieldOffset());
    if (!field.type().isText() || c.pattern().kind() != SoqlLiteral.Kind.STRING) {
      throw SoqlException.at(
          "INVALID_FIELD",
          query.soql(),
          c.fieldOffset(),
          "invalid operator on field: " + field.name() + " (LIKE needs a text field and a string)");
    }
    Pattern pattern = SoqlValues.likePattern(c.pattern().decode(query.soql(), true));
    return row -> row.value(field) instanceof String s && pattern.matcher(s).matches();
  }

  private SObjectField field(String name, int offset) {
    if (name.contains(".")) {
      throw SoqlException.at(
          "INVALID_FIELD",
          query.soql(),
          offset,
          "Didn't understand relationship '"
              + name.substring(0, name.indexOf('.'))
              + "' in field path. If you are attempting to use a custom relationship, be sure to"
              + " append the '__r' after the custom relationship name. Please reference your WSDL"
              + " or the describe call for the appropriate names.");
    }
    return schema
        .field(name)
        .orElseThrow(
            () ->
                SoqlException.at(
                    "INVALID_FIELD",
                    query.soql(),
                    offset,
                    "No such column '"
                        + name
                        + "' on entity '"
                        + schema.name()
                        + "'. If you are attempting to use a custom field, be sure to append the"
                        + " '__c' after the custom field name. Please reference your WSDL or the"
                        + " describe call for the appropriate names."));
  }
}
