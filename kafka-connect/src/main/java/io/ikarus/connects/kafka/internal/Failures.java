package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ValidationException;
import org.apache.kafka.connect.errors.DataException;

/**
 * Describes a failed record's error for logs and task errors without field values, which may be
 * personal data: a validation error by its type, operation, vendor code and the names of the fields
 * at fault; other SDK errors by their message (which the SDK keeps free of secrets and values);
 * this plugin's own data errors by their message; anything else by its type. The dead-letter queue
 * receives the full exception.
 */
final class Failures {

  private Failures() {}

  static String describe(Throwable e) {
    if (e instanceof ValidationException v) {
      StringBuilder b = new StringBuilder("ValidationException");
      append(b, "operation", v.operation());
      append(b, "code", v.vendorCode());
      append(b, "request", v.requestId());
      append(b, "fields", v.fields().isEmpty() ? null : String.join(",", v.fields()));
      return b.toString();
    }
    if (e instanceof CrmException c) {
      return c.getMessage();
    }
    if (e instanceof DataException) {
      return "DataException: " + e.getMessage();
    }
    return e.getClass().getSimpleName();
  }

  private static void append(StringBuilder b, String name, String value) {
    if (value != null) {
      b.append(' ').append(name).append('=').append(value);
    }
  }
}
