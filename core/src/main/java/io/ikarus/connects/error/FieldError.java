package io.ikarus.connects.error;

import java.util.Objects;

/**
 * What is wrong with one field of a record.
 *
 * @param field the field's name; null when the vendor named none
 * @param code the vendor's or SDK's code, such as {@code REQUIRED_FIELD_MISSING}; may be null
 * @param message why the value was refused
 */
public record FieldError(String field, String code, String message) {

  /** Validates. */
  public FieldError {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (field == null ? "" : field + ": ") + (code == null ? "" : code + " ") + message;
  }
}
