package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks object and field names before they are put into SOQL, URL paths or CSV headers. Names are
 * identifiers, never escaped: anything that is not a plain Salesforce API name is refused, so a
 * name can never change the structure of a query or a path.
 */
public final class Identifiers {

  /** An API name: a letter, then letters, digits and single underscores ({@code Name__c}). */
  private static final String NAME = "[A-Za-z][A-Za-z0-9_]{0,79}";

  private static final Pattern OBJECT = Pattern.compile(NAME);

  /** A field, or a relationship path such as {@code Account.Owner.Name}. */
  private static final Pattern FIELD = Pattern.compile(NAME + "(\\." + NAME + "){0,4}");

  private Identifiers() {}

  /** Returns {@code name} when it is a valid object API name, else throws. */
  public static String object(String name, String operation) {
    if (name == null || !OBJECT.matcher(name).matches()) {
      throw invalid("object", name, operation);
    }
    return name;
  }

  /** Returns {@code name} when it is a valid field name or relationship path, else throws. */
  public static String field(String name, String operation) {
    if (name == null || !FIELD.matcher(name).matches()) {
      throw invalid("field", name, operation);
    }
    return name;
  }

  private static ValidationException invalid(String kind, String name, String operation) {
    String shown = name == null ? "null" : "'" + abbreviate(name) + "'";
    String message = "not a valid Salesforce " + kind + " name: " + shown;
    return new ValidationException(
        message,
        ErrorContext.of(SalesforceNames.CONNECTOR, operation),
        List.of(
            new FieldError(name, "INVALID_" + kind.toUpperCase(java.util.Locale.ROOT), message)));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
