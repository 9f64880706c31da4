package io.ikarus.connects.error;

/** */
public class AuthenticationException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates one; see {@link CrmException#CrmException(String, ErrorContext, boolean, Throwable)}.
   */
  public AuthenticationException(String detail, ErrorContext context) {
    this(detail, context, null);
  }

  /** Creates one with a cause. */
  public AuthenticationException(String detail, ErrorContext context, Throwable cause) {
    super(detail, context, false, cause);
  }
}
