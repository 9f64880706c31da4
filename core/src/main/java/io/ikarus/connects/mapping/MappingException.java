package io.ikarus.connects.mapping;

/**
 * A field mapping is defined wrongly: a malformed source path, an unknown transform or a missing
 * transform argument, a reverse mapping that cannot be derived. Thrown when the mapping is built,
 * never while records are mapped (a record that does not fit a mapping is a {@link
 * io.ikarus.connects.error.ValidationException}).
 */
public class MappingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates one.
   *
   * @param field the target field whose definition is wrong, or null when not one field's
   * @param message what is wrong and how to fix it
   */
  public MappingException(String field, String message) {
    super(field == null ? message : "field '" + field + "': " + message);
    this.field = field;
  }

  /** The target field whose definition is wrong, or null. */
  public String field() {
    return field;
  }
}
