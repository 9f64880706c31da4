package io.ikarus.connects.testkit.internal.monday;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The custom scalars of the schema: JSON, CompareValue, Date and ISO8601DateTime. */
final class MondayScalars {

  private MondayScalars() {}

  /** JSON: written as a JSON-encoded string (as monday requires), read back as that string. */
  static final GraphQLScalarType JSON =
      GraphQLScalarType.newScalar().name("JSON").coercing(new PassThrough()).build();

  /** CompareValue: a list of strings or numbers, or a single one. */
  static final GraphQLScalarType COMPARE_VALUE =
      GraphQLScalarType.newScalar().name("CompareValue").coercing(new PassThrough()).build();

  /** Date: an instant rendered in ISO-8601 UTC to the second, like monday's timestamps. */
  static final GraphQLScalarType DATE =
      GraphQLScalarType.newScalar().name("Date").coercing(new Timestamp()).build();

  /** ISO8601DateTime: an ISO-8601 instant. */
  static final GraphQLScalarType ISO_DATE_TIME =
      GraphQLScalarType.newScalar().name("ISO8601DateTime").coercing(new Timestamp()).build();

  private static final class PassThrough implements Coercing<Object, Object> {
    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
      return value;
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      return input;
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      return literal(input);
    }
  }

  static Object literal(Value<?> input) {
    if (input instanceof StringValue s) {
      return s.getValue();
    } else if (input instanceof IntValue i) {
      return i.getValue();
    } else if (input instanceof FloatValue f) {
      return f.getValue();
    } else if (input instanceof BooleanValue b) {
      return b.isValue();
    } else if (input instanceof NullValue) {
      return null;
    } else if (input instanceof ArrayValue a) {
      return a.getValues().stream().map(MondayScalars::literal).toList();
    }
    throw new CoercingParseLiteralException("unsupported literal " + input.getClass());
  }

  private static final class Timestamp implements Coercing<Instant, String> {
    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      return ((Instant) value).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
      try {
        return Instant.parse(input.toString());
      } catch (DateTimeParseException e) {
        throw new CoercingParseValueException("not an ISO-8601 instant: " + input);
      }
    }

    @Override
    public Instant parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (!(input instanceof StringValue s)) {
        throw new CoercingParseLiteralException("not an ISO-8601 instant");
      }
      return parseValue(s.getValue(), context, locale);
    }
  }
}
