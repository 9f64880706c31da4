package io.ikarus.connects.error;

import io.ikarus.connects.internal.log.Redactor;
import java.util.Objects;

/**
 * The base of every error the SDK reports. Unchecked.
 *
 * <p>The message names the connector, operation, HTTP status, vendor error code and vendor request
 * id, and never holds credentials. {@link #isRetryable()} says whether the same call may succeed if
 * made again later; the SDK has already retried it as far as its {@code RetrySettings} allow.
 */
public class CrmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorContext context;
  private final String detail;
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param detail what went wrong, without personal data or secrets
   * @param context where it happened
   * @param retryable whether a later identical call may succeed
   * @param cause the underlying exception, or null
   */
  public CrmException(String detail, ErrorContext context, boolean retryable, Throwable cause) {
    super(detail, cause);
    this.detail = Objects.requireNonNullElse(detail, "");
    this.context = Objects.requireNonNullElse(context, ErrorContext.of(null, null));
    this.retryable = retryable;
  }

  /** Where the error happened and what the vendor said. */
  public ErrorContext context() {
    return context;
  }

  /** The connector name, or null. */
  public String connector() {
    return context.connector();
  }

  /** The operation, or null. */
  public String operation() {
    return context.operation();
  }

  /** The HTTP status, or 0 when no response was received. */
  public int httpStatus() {
    return context.httpStatus();
  }

  /** The vendor's error code, or null. */
  public String vendorCode() {
    return context.vendorCode();
  }

  /** The vendor's request id, or null. */
  public String requestId() {
    return context.requestId();
  }

  /** The bare description, without the context prefix. */
  public String detail() {
    return detail;
  }

  /** True when the same call may succeed if made again later. */
  public boolean isRetryable() {
    return retryable;
  }

  @Override
  public String getMessage() {
    StringBuilder b = new StringBuilder();
    if (context.connector() != null || context.operation() != null) {
      b.append('[').append(Objects.toString(context.connector(), "?"));
      if (context.operation() != null) {
        b.append(' ').append(context.operation());
      }
      b.append("] ");
    }
    if (context.httpStatus() != 0) {
      b.append("HTTP ").append(context.httpStatus()).append(' ');
    }
    if (context.vendorCode() != null) {
      b.append(context.vendorCode()).append(": ");
    }
    b.append(detail);
    if (context.requestId() != null) {
      b.append(" (request id ").append(context.requestId()).append(')');
    }
    return Redactor.controls(b.toString());
  }
}
