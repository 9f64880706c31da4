package io.ikarus.connects.error;

/** */
public class ConnectionException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates one; see {@link CrmException#CrmException(String, ErrorContext, boolean, Throwable)}.
   */
  public ConnectionException(String detail, ErrorContext context) {
    this(detail, context, null);
  }

  /** Creates one with a cause. */
  public ConnectionException(String detail, ErrorContext context, Throwable cause) {
    super(detail, context, true, cause);
  }
}
