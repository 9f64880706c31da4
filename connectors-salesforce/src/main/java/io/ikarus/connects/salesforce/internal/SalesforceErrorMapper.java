package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.error.PreconditionFailedException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.salesforce.internal.dto.ApiError;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Maps Salesforce error answers to the SDK's exceptions, in one place. The rules:
 *
 * <ul>
 *   <li>{@code REQUEST_LIMIT_EXCEEDED} (HTTP 403): the org's rolling 24-hour quota, a non-retryable
 *       {@link RateLimitException}; when the message names the concurrent long-running request
 *       limit instead, it is retryable.
 *   <li>{@code UNABLE_TO_LOCK_ROW}: row-lock contention, a retryable {@link ServerException}.
 *   <li>400 and field codes: {@link ValidationException} with one {@link FieldError} per named
 *       field ({@code MALFORMED_QUERY} carries Salesforce's message).
 *   <li>300 (an external id matched several records): {@link ConflictException} listing them.
 *   <li>401 {@link AuthenticationException}; 403 {@link PermissionDeniedException}; 404 and {@code
 *       ENTITY_IS_DELETED} {@link NotFoundException} (so is {@code INVALID_TYPE}, an unknown
 *       sObject; a 404's message gains the sObject of the path); 409 {@link ConflictException}, 412
 *       {@link PreconditionFailedException}; 429 retryable {@link RateLimitException}; 5xx {@link
 *       ServerException}.
 * </ul>
 */
public final class SalesforceErrorMapper {

  /** Items added to every other record of a failed all-or-none batch: noise, not a cause. */
  public static final String ROLLED_BACK = "ALL_OR_NONE_OPERATION_ROLLED_BACK";

  /** The connector's {@link ErrorMapper}: null for 2xx, else {@link #map}. */
  public static final ErrorMapper INSTANCE =
      (response, context) ->
          response.isSuccessful()
              ? null
              : namingTheObject(
                  map(context, response.status(), response.bodyString(), response.retryAfter()),
                  response.request());

  /** {@code INVALID_TYPE} is a query or collection naming an sObject the org does not have. */
  private static final Set<String> NOT_FOUND =
      Set.of("NOT_FOUND", "ENTITY_IS_DELETED", "INVALID_TYPE");

  private static final String SOBJECTS = "sobjects/";

  private SalesforceErrorMapper() {}

  /**
   * Maps an HTTP error answer.
   *
   * @param context connector, operation and (when known) request id
   * @param status the HTTP status
   * @param body the response body, or null
   * @param retryAfter the {@code Retry-After} wait, or null
   */
  public static CrmException map(
      ErrorContext context, int status, String body, Duration retryAfter) {
    String requestId = context.requestId();
    if (status == 300) {
      return new ConflictException(
          "the external id matches several records: " + abbreviate(body),
          context.withResponse(status, "MULTIPLE_CHOICES", requestId));
    }
    List<ApiError> errors = errors(body);
    String code = errors.isEmpty() ? null : errors.get(0).errorCode();
    String detail = errors.isEmpty() ? fallback(status, body) : messages(errors);
    ErrorContext ctx = context.withResponse(status, code, requestId);
    return byCode(code, status, detail, ctx, errors, retryAfter);
  }

  /**
   * Salesforce's 404 says only "The requested resource does not exist", the same for an unknown
   * sObject and an unknown record: the sObject of the request's path is added, so the error names
   * the object either way.
   */
  static CrmException namingTheObject(CrmException error, ApiRequest request) {
    String path = request == null ? null : request.path() != null ? request.path() : request.url();
    int at = path == null ? -1 : path.indexOf(SOBJECTS);
    if (!(error instanceof NotFoundException) || at < 0) {
      return error;
    }
    String rest = path.substring(at + SOBJECTS.length());
    int end = rest.indexOf('/');
    String object = end < 0 ? rest : rest.substring(0, end);
    if (object.isEmpty() || error.detail().contains(object)) {
      return error;
    }
    return new NotFoundException(error.detail() + " (sObject " + object + ")", error.context());
  }

  /** Maps one failed item of an sObject Collections answer (HTTP 200 overall). */
  public static CrmException item(ErrorContext context, List<ApiError> errors) {
    List<ApiError> causes = causes(errors);
    if (causes.isEmpty()) {
      return new ValidationException("the record was refused", context, List.of());
    }
    String code = causes.get(0).errorCode();
    return byCode(code, 0, messages(causes), context.withResponse(0, code, null), causes, null);
  }

  /** Drops the all-or-none roll-back notices, unless they are all there is. */
  public static List<ApiError> causes(List<ApiError> errors) {
    List<ApiError> real = errors.stream().filter(e -> !ROLLED_BACK.equals(e.errorCode())).toList();
    return real.isEmpty() ? errors : real;
  }

  private static CrmException byCode(
      String code,
      int status,
      String detail,
      ErrorContext ctx,
      List<ApiError> errors,
      Duration retryAfter) {
    if ("REQUEST_LIMIT_EXCEEDED".equals(code)) {
      boolean concurrent = detail.toLowerCase(Locale.ROOT).contains("concurrent");
      return new RateLimitException(detail, ctx, retryAfter, concurrent);
    }
    if ("UNABLE_TO_LOCK_ROW".equals(code)) {
      return new ServerException(detail, ctx);
    }
    if ("INVALID_SESSION_ID".equals(code) || status == 401) {
      // Tells the engine to refresh the token and replay the call once.
      return AuthenticationException.sessionExpired(detail, ctx);
    }
    if ((code != null && NOT_FOUND.contains(code)) || status == 404) {
      return new NotFoundException(detail, ctx);
    }
    return byStatus(status, detail, ctx, errors, retryAfter);
  }

  private static CrmException byStatus(
      int status, String detail, ErrorContext ctx, List<ApiError> errors, Duration retryAfter) {
    if (status == 403) {
      return new PermissionDeniedException(detail, ctx);
    }
    if (status == 412) {
      return new PreconditionFailedException(detail, ctx);
    }
    if (status == 409) {
      return new ConflictException(detail, ctx);
    }
    if (status == 429) {
      return new RateLimitException(detail, ctx, retryAfter, true);
    }
    if (status >= 500) {
      return new ServerException(detail, ctx);
    }
    return new ValidationException(detail, ctx, fieldErrors(errors));
  }

  /**
   * Reads a Salesforce error body: a JSON array of {@code {message, errorCode, fields}}. Empty when
   * the body is not of that shape (an HTML error page, a truncated body).
   */
  static List<ApiError> errors(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    try {
      return Json.readList(body, ApiError.class).stream().filter(Objects::nonNull).toList();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** One {@link FieldError} per named field of each error; an error naming none gives one. */
  public static List<FieldError> fieldErrors(List<ApiError> errors) {
    List<FieldError> out = new ArrayList<>();
    for (ApiError e : errors) {
      if (e.fields().isEmpty()) {
        out.add(new FieldError(null, e.errorCode(), e.message()));
      }
      for (String field : e.fields()) {
        out.add(new FieldError(field, e.errorCode(), e.message()));
      }
    }
    return out;
  }

  private static String messages(List<ApiError> errors) {
    return String.join("; ", errors.stream().map(ApiError::message).toList());
  }

  private static String fallback(int status, String body) {
    return body == null || body.isBlank()
        ? "Salesforce answered HTTP " + status + " without an error body"
        : "Salesforce answered HTTP " + status + " with an unreadable error body";
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    return s.length() <= 500 ? s : s.substring(0, 497) + "...";
  }
}
