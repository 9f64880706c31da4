package io.ikarus.connects.error;

/** */
public class ConflictException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates one; see {@link CrmException#CrmException(String, ErrorContext, boolean, Throwable)}.
   */
  public ConflictException(String detail, ErrorContext context) {
    this(detail, context, null);
  }

  /** Creates one with a cause. */
  public ConflictException(String detail, ErrorContext context, Throwable cause) {
    super(detail, context, false, cause);
  }
}
