package io.ikarus.connects.internal.retry;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.time.Duration;

/**
 * The result of one attempt, as the retry policy sees it: a response, or an error with what is
 * known about retrying it.
 *
 * @param request the request attempted
 * @param response the response, or null when none arrived
 * @param error the failure, or null on success: a {@link CrmException}, or a programming or
 *     configuration error (such as a refused URL) that is never retried
 * @param retryAfter the wait the vendor asked for, or null
 * @param retryable true when the attempt may be repeated: the error is transient and the request is
 *     idempotent or surely was not processed
 */
public record Outcome(
    ApiRequest request,
    ApiResponse response,
    Throwable error,
    Duration retryAfter,
    boolean retryable) {

  /** A successful attempt. */
  public static Outcome success(ApiRequest request, ApiResponse response) {
    return new Outcome(request, response, null, null, false);
  }

  /**
   * A failed attempt.
   *
   * @param notProcessed true when the server surely did not act on the request
   */
  public static Outcome failure(
      ApiRequest request,
      ApiResponse response,
      CrmException error,
      Duration retryAfter,
      boolean notProcessed) {
    boolean retryable = error.isRetryable() && (request.idempotent() || notProcessed);
    return new Outcome(request, response, error, retryAfter, retryable);
  }

  /** A failure that must not be retried, whatever its type says. */
  public static Outcome terminal(ApiRequest request, Throwable error) {
    return new Outcome(request, null, error, null, false);
  }

  /** True when the attempt failed. */
  public boolean failed() {
    return error != null;
  }
}
