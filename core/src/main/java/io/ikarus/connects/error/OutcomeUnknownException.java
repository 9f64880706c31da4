package io.ikarus.connects.error;

/**
 * A write was sent but its answer was lost or unreadable (the connection dropped after the request
 * was written, a 500/502/504, an unreadable success body), so the vendor may have applied it. Not
 * retryable: sending a create again could duplicate the record. Resolve it by reading back, as
 * after a crash; a {@code BatchResult} lists such records apart from failed ones.
 */
public class OutcomeUnknownException extends ConnectionException {

  private static final long serialVersionUID = 1L;

  /** Creates one; {@code cause} is what ended the exchange. */
  public OutcomeUnknownException(String detail, ErrorContext context, Throwable cause) {
    super(detail, context, false, cause);
  }

  /** Always true: the vendor may have applied the write. */
  public boolean mayHaveBeenApplied() {
    return true;
  }
}
