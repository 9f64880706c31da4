package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PermissionDeniedException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.monday.MondayCursorExpiredException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one monday error ({@code {message, path, extensions: {code, error_data, retry_in_seconds}}},
 * or the legacy top-level {@code error_code} form) to the portable exception. The only place vendor
 * codes are interpreted.
 */
public final class MondayErrors {

  private static final Set<String> VALIDATION =
      Set.of(
          "ColumnValueException",
          "InvalidColumnIdException",
          "ItemNameTooLongException",
          "JsonParseException",
          "InvalidArgumentException",
          "CorrectedValueException",
          "RecordInvalidException",
          "GRAPHQL_VALIDATION_FAILED",
          "GRAPHQL_PARSE_FAILED",
          "maxComplexityExceeded",
          "ItemsLimitationException",
          "INVALID_API_VERSION");
  private static final Set<String> NOT_FOUND =
      Set.of(
          "ResourceNotFoundException",
          "InvalidItemIdException",
          "InvalidBoardIdException",
          "NOT_FOUND");
  private static final Set<String> THROTTLED =
      Set.of(
          "COMPLEXITY_BUDGET_EXHAUSTED",
          "ComplexityException",
          "RATE_LIMIT_EXCEEDED",
          "Rate Limit Exceeded",
          "IP_RATE_LIMIT_EXCEEDED",
          "maxConcurrencyExceeded",
          "API_TEMPORARILY_BLOCKED");
  private static final Pattern RESET = Pattern.compile("reset in (\\d+) seconds?");

  private MondayErrors() {}

  /** Maps an error object of the {@code errors} array. */
  public static CrmException map(JsonNode error, ErrorContext base, Duration headerRetryAfter) {
    JsonNode ext = error.path("extensions");
    String code = ext.path("code").asText(null);
    String message = error.path("message").asText("monday error");
    ErrorContext context = base.withResponse(base.httpStatus(), code, base.requestId());
    Duration retry =
        ext.has("retry_in_seconds")
            ? Duration.ofSeconds(ext.get("retry_in_seconds").asLong())
            : resetIn(message);
    return map(
        code, message, ext.path("error_data"), context, retry != null ? retry : headerRetryAfter);
  }

  private static CrmException map(
      String code, String message, JsonNode data, ErrorContext context, Duration retry) {
    if (code == null) {
      return withoutCode(message, context);
    }
    if (THROTTLED.contains(code)) {
      return new RateLimitException(message, context, retry, true);
    }
    if (VALIDATION.contains(code)) {
      String column = data.path("column_id").asText(null);
      return new ValidationException(
          message, context, List.of(new FieldError(column, code, message)));
    }
    if (NOT_FOUND.contains(code)) {
      return new NotFoundException(message, context);
    }
    return switch (code) {
      case "CursorExpiredError" -> new MondayCursorExpiredException(message, context);
      case "DAILY_LIMIT_EXCEEDED" -> new RateLimitException(message, context, retry, false);
      case "UNAUTHENTICATED", "Unauthorized" -> new AuthenticationException(message, context);
      case "UserUnauthorizedException", "missingRequiredPermissions", "Forbidden" ->
          new PermissionDeniedException(message, context);
      case "INTERNAL_SERVER_ERROR" -> new ServerException(message, context, null);
      default -> new CrmException(message, context, false, null);
    };
  }

  /**
   * An error without a code (a gateway's or proxy's answer, say) by its HTTP status: 401 and 403
   * are not worth retrying, so they keep their meaning; anything else may be transient.
   */
  private static CrmException withoutCode(String message, ErrorContext context) {
    return switch (context.httpStatus()) {
      case 401 -> new AuthenticationException(message, context);
      case 403 -> new PermissionDeniedException(message, context);
      case 404 -> new NotFoundException(message, context);
      default -> new ServerException(message, context, null);
    };
  }

  /** Maps the legacy top-level form ({@code error_code}, {@code error_message}). */
  public static CrmException mapLegacy(JsonNode body, ErrorContext base, Duration retryAfter) {
    String code = body.path("error_code").asText(null);
    String message = body.path("error_message").asText("monday error");
    Duration retry = resetIn(message);
    return map(
        code,
        message,
        body.path("error_data"),
        base.withResponse(base.httpStatus(), code, base.requestId()),
        retry != null ? retry : retryAfter);
  }

  private static Duration resetIn(String message) {
    Matcher m = RESET.matcher(message);
    return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
  }
}
