package io.ikarus.connects.spi;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.internal.http.StatusErrors;
import java.time.Duration;

/**
 * Turns a vendor response into a typed {@link CrmException}, in one place per connector. Called for
 * every response, 2xx included: monday.com reports GraphQL errors with HTTP 200, so a status code
 * alone cannot say whether a call failed.
 *
 * <p>Return null when the response is not an error (or when you have nothing to add: a null for a
 * 4xx/5xx falls back to {@link #defaults()}). Per-record failures inside a successful batch
 * response (Salesforce composite, HubSpot 207) are not errors here: the connector reports them as
 * {@link io.ikarus.connects.RecordResult}s. Return an {@link
 * io.ikarus.connects.error.AuthenticationException#sessionExpired} to make the SDK refresh the
 * token and replay the call once (Salesforce {@code INVALID_SESSION_ID}); return a {@link
 * io.ikarus.connects.error.RateLimitException} with {@code retryAfter} to have the wait honoured
 * (monday {@code retry_in_seconds}). Implementations must be thread-safe and must not put
 * credentials in messages.
 *
 * <pre>{@code
 * ErrorMapper mapper = (response, context) -> {
 *   if (response.isSuccessful()) return null;
 *   Map<String, Object> error = response.jsonObject();
 *   return ErrorMapper.forStatus(context.withResponse(response.status(),
 *       (String) error.get("code"), response.header("X-Request-Id")),
 *       (String) error.get("message"), response.retryAfter());
 * };
 * }</pre>
 */
@FunctionalInterface
public interface ErrorMapper {

  /**
   * Maps a response.
   *
   * @param response the response, with its request
   * @param context connector, operation, status and (when a common request-id header is present)
   *     request id; add the vendor's code with {@link ErrorContext#withResponse}
   * @return the error, or null when the response is not one
   */
  CrmException map(ApiResponse response, ErrorContext context);

  /**
   * The status-code mapping: 2xx/3xx are not errors; 400/422 {@code ValidationException}, 401
   * {@code AuthenticationException}, 403 {@code PermissionDeniedException}, 404 {@code
   * NotFoundException}, 409 {@code ConflictException}, 412 its {@code PreconditionFailedException}, 429 {@code RateLimitException} with
   * {@code Retry-After}, 408 and 5xx {@code ServerException}. The message is taken from common JSON
   * error shapes ({@code message}, {@code error_description}, {@code error.message}), redacted.
   */
  static ErrorMapper defaults() {
    return StatusErrors::map;
  }

  /**
   * The exception the status in {@code context} stands for, with {@code detail} as its message. For
   * building a vendor mapper on top of the standard hierarchy.
   *
   * @param context where it happened, including status, vendor code and request id
   * @param detail the vendor's message (secrets are redacted); null for a generic one
   * @param retryAfter for a 429, how long the vendor asked to wait; may be null
   */
  static CrmException forStatus(ErrorContext context, String detail, Duration retryAfter) {
    return StatusErrors.forStatus(context, detail, retryAfter);
  }
}
