package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.filter.Filter;
import io.ikarus.connects.testkit.internal.salesforce.SoqlToken.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Checks a parsed query's names and literals against its object's schema and compiles them. */
final class SoqlBinder {

  private final String soql;
  private final SObjectSchema schema;

  private SoqlBinder(String soql, SObjectSchema schema) {
    this.soql = soql;
    this.schema = schema;
  }

  /**
   * Parses and binds {@code soql}.
   *
   * @throws SfFailure with {@code MALFORMED_QUERY}, {@code INVALID_TYPE} or {@code INVALID_FIELD}
   */
  static SoqlPlan bind(String soql, Function<String, Optional<SObjectSchema>> schemas) {
    return new SoqlParser(soql)
        .query(object -> new SoqlBinder(soql, schema(soql, object, schemas)));
  }

  private static SObjectSchema schema(
      String soql, SoqlToken object, Function<String, Optional<SObjectSchema>> schemas) {
    return schemas
        .apply(object.text())
        .orElseThrow(
            () ->
                SfFailure.soql(
                    "INVALID_TYPE",
                    soql,
                    object.offset(),
                    "sObject type '"
                        + object.text()
                        + "' is not supported. If you are attempting to use a custom object,"
                        + " be sure to append the '__c' after the entity name. Please reference"
                        + " your WSDL or the describe call for the appropriate names."));
  }

  SObjectSchema schema() {
    return schema;
  }

  /** The selected fields; a field selected twice is malformed. */
  List<SObjectField> select(List<SoqlToken> names) {
    List<SObjectField> fields = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (SoqlToken name : names) {
      SObjectField field = field(name);
      if (!seen.add(field.name())) {
        throw SfFailure.soql(
            "MALFORMED_QUERY", soql, name.offset(), "duplicate field selected: " + field.name());
      }
      fields.add(field);
    }
    return List.copyOf(fields);
  }

  /** One ORDER BY item. */
  Comparator<StoredRecord> order(SoqlToken name, boolean ascending, boolean nullsFirst) {
    SObjectField field = field(name);
    Comparator<Object> values = SoqlValues.ordering(ascending, nullsFirst);
    return Comparator.comparing(row -> SfObject.value(row, field), values);
  }

  /** {@code field op value}, op one of {@code = != < <= > >=}; only = and != take null. */
  Filter<StoredRecord> compare(SoqlToken name, String op, SoqlToken value) {
    SObjectField field = field(name);
    Object literal = SoqlValues.convert(soql, field, value);
    if (literal == null && !op.equals("=") && !op.equals("!=")) {
      throw SfFailure.soql("MALFORMED_QUERY", soql, value.offset(), "unexpected token: null");
    }
    return Filter.where(
        name.text(),
        row -> {
          Object stored = SfObject.value(row, field);
          return switch (op) {
            case "=" -> SoqlValues.same(stored, literal);
            case "!=" -> !SoqlValues.same(stored, literal);
            default -> stored != null && test(op, SoqlValues.compare(stored, literal));
          };
        });
  }

  private static boolean test(String op, int cmp) {
    return switch (op) {
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      default -> cmp >= 0;
    };
  }

  /** {@code field [NOT] IN (values)}. */
  Filter<StoredRecord> in(SoqlToken name, boolean negated, List<SoqlToken> literals) {
    SObjectField field = field(name);
    List<Object> values = literals.stream().map(v -> SoqlValues.convert(soql, field, v)).toList();
    Predicate<StoredRecord> any =
        row -> values.stream().anyMatch(v -> SoqlValues.same(SfObject.value(row, field), v));
    return Filter.where(name.text(), negated ? any.negate() : any);
  }

  /** {@code field LIKE 'pattern'}: a text field and a string. */
  Filter<StoredRecord> like(SoqlToken name, SoqlToken literal) {
    SObjectField field = field(name);
    if (!field.type().isText() || literal.type() != Type.STRING) {
      throw SfFailure.soql(
          "INVALID_FIELD",
          soql,
          name.offset(),
          "invalid operator on field: " + field.name() + " (LIKE needs a text field and a string)");
    }
    Pattern pattern = SoqlValues.likePattern(literal.decode(soql, true));
    return Filter.where(
        name.text(),
        row -> SfObject.value(row, field) instanceof String s && pattern.matcher(s).matches());
  }

  private SObjectField field(SoqlToken token) {
    String name = token.text();
    if (name.contains(".")) {
      throw SfFailure.soql(
          "INVALID_FIELD",
          soql,
          token.offset(),
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
                SfFailure.soql(
                    "INVALID_FIELD",
                    soql,
                    token.offset(),
                    "No such column '"
                        + name
                        + "' on entity '"
                        + schema.name()
                        + "'. If you are attempting to use a custom field, be sure to append the"
                        + " '__c' after the custom field name. Please reference your WSDL or the"
                        + " describe call for the appropriate names."));
  }
}
