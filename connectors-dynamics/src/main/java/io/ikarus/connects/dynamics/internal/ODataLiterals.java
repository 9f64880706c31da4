package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes values and names into OData URLs so that no value can change a query's structure.
 *
 * <p>Strings become single-quoted literals with every quote doubled ({@code O'Brien} -> {@code
 * 'O''Brien'}); the whole {@code $filter} is then percent-encoded by the URL builder, so {@code &},
 * {@code #}, {@code +} and newlines stay inside the literal. Names are never quoted, so they must
 * be plain identifiers: anything else is refused before a request is made.
 */
public final class ODataLiterals {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ODataLiterals() {}

  /** The OData literal for a filter or key value. */
  public static String literal(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).toPlainString();
    }
    if (value instanceof Instant i) {
      return DateTimeFormatter.ISO_INSTANT.format(i);
    }
    if (value instanceof OffsetDateTime t) {
      return DateTimeFormatter.ISO_INSTANT.format(t.toInstant());
    }
    if (value instanceof LocalDate || value instanceof UUID) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return literal(e.name());
    }
    throw new IllegalArgumentException(
        "cannot write a " + value.getClass().getName() + " as an OData literal");
  }

  /**
   * Returns {@code name} when it is a plain OData identifier (entity set, property or navigation
   * name), else throws.
   *
   * @throws ValidationException naming the field, with code {@code INVALID_NAME}
   */
  public static String name(String name, String operation) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new ValidationException(
          "'" + name + "' is not a valid Dataverse name (letters, digits and '_' only)",
          ErrorContext.of("dynamics", operation),
          List.of(new FieldError(name, "INVALID_NAME", "not a plain identifier")));
    }
    return name;
  }
}
