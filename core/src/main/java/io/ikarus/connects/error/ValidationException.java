package io.ikarus.connects.error;

import java.util.List;

/**
 * The request or record was refused as invalid (HTTP 400/422, or a mapping error before any call).
 * {@link #fieldErrors()} lists every field at fault.
 */
public class ValidationException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final List<FieldError> fieldErrors;

  /** Creates one with per-field errors (possibly empty). */
  public ValidationException(String detail, ErrorContext context, List<FieldError> fieldErrors) {
    this(detail, context, fieldErrors, null);
  }

  /** Creates one with per-field errors and a cause. */
  public ValidationException(
      String detail, ErrorContext context, List<FieldError> fieldErrors, Throwable cause) {
    super(detail, context, false, cause);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /** The fields at fault, in the order reported. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** The names of the fields at fault. */
  public List<String> fields() {
    return fieldErrors.stream().map(FieldError::field).filter(f -> f != null).toList();
  }

  @Override
  public String getMessage() {
    String base = super.getMessage();
    return fieldErrors.isEmpty() ? base : base + " " + fieldErrors;
  }
}
