package io.ikarus.connects.error;

/**
 * The vendor answered, but not with what the API promises: a body that is not valid JSON, exceeds
 * the parser's limits, or lacks a member the answer must have (a query page without its records and
 * paging members). Retryable: a later answer may be whole.
 */
public class MalformedResponseException extends ServerException {

  private static final long serialVersionUID = 1L;

  /** Creates one; {@code detail} names what is missing or unreadable. */
  public MalformedResponseException(String detail, ErrorContext context, Throwable cause) {
    super(detail, context, cause);
  }
}
