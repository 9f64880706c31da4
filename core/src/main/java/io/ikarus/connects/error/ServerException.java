package io.ikarus.connects.error;

/** The vendor failed to handle a valid request (HTTP 5xx). Retryable except for 501. */
public class ServerException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** Creates one; retryable unless the status is 501 Not Implemented. */
  public ServerException(String detail, ErrorContext context) {
    this(detail, context, null);
  }

  /** Creates one with a cause. */
  public ServerException(String detail, ErrorContext context, Throwable cause) {
    super(detail, context, context == null || context.httpStatus() != 501, cause);
  }
}
