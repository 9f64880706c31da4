package io.ikarus.connects.error;

import java.time.Duration;

/**
 * The vendor refused the call for exceeding a rate limit or quota. {@link #retryAfter()} says when
 * to try again, when the vendor said. A short-window limit is retryable; a daily quota is not.
 */
public class RateLimitException extends CrmException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates one.
   *
   * @param retryAfter how long to wait, or null when the vendor did not say
   * @param retryable false for quotas that will not reset soon (a daily limit)
   */
  public RateLimitException(
      String detail, ErrorContext context, Duration retryAfter, boolean retryable) {
    this(detail, context, retryAfter, retryable, null);
  }

  /** Creates one with a cause. */
  public RateLimitException(
      String detail,
      ErrorContext context,
      Duration retryAfter,
      boolean retryable,
      Throwable cause) {
    super(detail, context, retryable, cause);
    this.retryAfter = retryAfter;
  }

  /** How long the vendor asked to wait, or null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
