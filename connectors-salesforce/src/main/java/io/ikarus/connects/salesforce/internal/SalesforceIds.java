package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.List;
import java.util.regex.Pattern;

/** Salesforce record ids: 15 or 18 letters and digits. */
public final class SalesforceIds {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?");

  private SalesforceIds() {}

  /** True when {@code id} has the form of a record id. */
  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The error for an id that is not a Salesforce id (the id is shown: ids are not personal). */
  public static ValidationException invalid(String id, String operation) {
    String shown =
        id == null ? "null" : "'" + (id.length() > 40 ? id.substring(0, 37) + "..." : id) + "'";
    String message = "not a Salesforce record id: " + shown;
    return new ValidationException(
        message,
        ErrorContext.of(SalesforceNames.CONNECTOR, operation).withResponse(0, "MALFORMED_ID", null),
        List.of(new FieldError("Id", "MALFORMED_ID", message)));
  }
}
