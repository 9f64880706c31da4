package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.hubspot.internal.dto.ErrorBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HubSpot error bodies to typed exceptions, in one place. Every body field is optional. The vendor
 * code is the {@code category} (or {@code policyName} for rate limits, {@code status} for OAuth
 * errors); the request id is the {@code correlationId}. A {@code DAILY} 429 is not retryable (it
 * keeps its retry time); the ten-secondly and secondly ones are. A 400 for an unknown object type
 * ({@code Unable to infer object type from: foo}) is a {@link NotFoundException}.
 */
public final class HubSpotErrors {

  /**
   * How HubSpot's 400 for an unknown object type begins; the type follows ({@code Unable to infer
   * object type from: foo}).
   */
  static final String UNKNOWN_OBJECT = "Unable to infer object type from";

  private HubSpotErrors() {}

  /**
   * Maps one error response.
   *
   * @param status the HTTP status
   * @param body the error body; {@link ErrorBody#of} with a message for an empty or unreadable one
   * @param context where it happened
   * @param retryAfter the wait the response asked for, or null
   */
  public static CrmException map(
      int status, ErrorBody body, ErrorContext context, Duration retryAfter) {
    String category = body.category();
    String policy = body.policyName();
    String oauthStatus = status == 400 && body.error() != null ? body.status() : null;
    String code = policy != null ? policy : oauthStatus != null ? oauthStatus : category;
    ErrorContext ctx = context.withResponse(status, code, body.correlationId());
    String message = message(body, status);
    if (status == 429) {
      boolean daily = "DAILY".equals(policy);
      // A daily 429 is not retried, but the caller learns when the quota returns.
      return new RateLimitException(message, ctx, retryAfter, !daily);
    }
    if (status == 400 && message.startsWith(UNKNOWN_OBJECT)) {
      // HubSpot's answer to an object type it does not know, such as /crm/v3/objects/foo.
      return new NotFoundException(message, ctx);
    }
    return forStatus(status, category, message, fieldErrors(body), ctx);
  }

  /** Maps one entry of a batch response's {@code errors} array (same fields, no HTTP status). */
  public static CrmException mapBatchError(ErrorBody error, ErrorContext context) {
    String category = error.category();
    int status =
        switch (category == null ? "" : category) {
          case "OBJECT_NOT_FOUND" -> 404;
          case "CONFLICT", "OBJECT_ALREADY_EXISTS" -> 409;
          case "RATE_LIMITS" -> 429;
          default -> 400;
        };
    ErrorContext ctx = context.withResponse(status, category, error.correlationId());
    return forStatus(status, category, message(error, status), fieldErrors(error), ctx);
  }

  private static CrmException forStatus(
      int status, String category, String message, List<FieldError> fields, ErrorContext ctx) {
    return switch (status) {
      case 400, 422 -> new ValidationException(message, ctx, fields);
      case 401 -> new AuthenticationException(message, ctx);
      case 403 -> new PermissionDeniedException(message, ctx);
      case 404 -> new NotFoundException(message, ctx);
      case 409 -> new ConflictException(message, ctx);
      case 423 -> new CrmException(message, ctx, true, null);
      default ->
          status >= 500
              ? new ServerException(message, ctx)
              : status == 414 || status == 415
                  ? new ValidationException(message, ctx, fields)
                  : new CrmException(message, ctx, false, null);
    };
  }

  /** The message without an embedded JSON list of the offending values. */
  private static String message(ErrorBody body, int status) {
    String m = body.message();
    if (m == null) {
      return "HubSpot answered HTTP " + status;
    }
    int list = m.indexOf(": [{");
    return list > 0 ? m.substring(0, list) : m;
  }

  /**
   * One field error per {@code errors[]} entry, named by {@code context.propertyName}, else {@code
   * in}, else the field a forms message names.
   */
  static List<FieldError> fieldErrors(ErrorBody body) {
    List<FieldError> out = new ArrayList<>();
    for (ErrorBody e : body.errors()) {
      List<String> names = e.context("propertyName");
      String field = names.isEmpty() ? e.in() : names.get(0);
      field = field != null ? field : formField(e.message());
      String code = e.code() != null ? e.code() : e.errorType();
      out.add(new FieldError(field, code, e.message() == null ? "invalid" : e.message()));
    }
    return out;
  }

  /** The field a forms error names, as in {@code Error in 'fields.email'. ...}; else null. */
  private static String formField(String message) {
    String marker = "'fields.";
    int at = message == null ? -1 : message.indexOf(marker);
    int end = at < 0 ? -1 : message.indexOf('\'', at + marker.length());
    return end < 0 ? null : message.substring(at + marker.length(), end);
  }
}
