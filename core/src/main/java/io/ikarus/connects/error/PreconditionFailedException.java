package io.ikarus.connects.error;

/**
 * A conditional write was refused because the record changed since it was read (HTTP 412): the
 * version the caller held is no longer current. Not retryable as is: read the record again.
 */
public class PreconditionFailedException extends ConflictException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates one; see {@link CrmException#CrmException(String, ErrorContext, boolean, Throwable)}.
   */
  public PreconditionFailedException(String detail, ErrorContext context) {
    super(detail, context);
  }
}
