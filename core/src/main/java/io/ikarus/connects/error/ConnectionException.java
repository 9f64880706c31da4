package io.ikarus.connects.error;

/**
 * No usable answer arrived: the connection failed, timed out or was closed. Retryable unless the
 * connector was closed; see {@link OutcomeUnknownException} for a write that may have been applied.
 */
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

  /** Creates one that says whether a later identical call may succeed. */
  public ConnectionException(
      String detail, ErrorContext context, boolean retryable, Throwable cause) {
    super(detail, context, retryable, cause);
  }
}
