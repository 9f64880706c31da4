package io.ikarus.connects.internal.http;

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
import io.ikarus.connects.internal.log.Redactor;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The default status-code error mapping behind {@code ErrorMapper.defaults()}. */
public final class StatusErrors {

  private static final int MAX_DETAIL = 500;

  private StatusErrors() {}

  /** Maps by status; null for anything below 400. */
  public static CrmException map(ApiResponse response, ErrorContext context) {
    if (response.status() < 400) {
      return null;
    }
    Object body = parseQuietly(response);
    ErrorContext ctx =
        context.vendorCode() == null
            ? context.withResponse(response.status(), VendorFields.code(body), context.requestId())
            : context;
    CrmException error = forStatus(ctx, VendorFields.message(body), response.retryAfter());
    List<String> fields = VendorFields.fields(body);
    if (error instanceof ValidationException && !fields.isEmpty()) {
      return new ValidationException(
          error.detail(),
          ctx,
          fields.stream().map(f -> new FieldError(f, ctx.vendorCode(), error.detail())).toList());
    }
    return error;
  }

  /** The exception for the status in {@code context}. */
  public static CrmException forStatus(ErrorContext context, String detail, Duration retryAfter) {
    int status = context.httpStatus();
    String text = detail == null || detail.isBlank() ? reason(status) : clip(detail);
    return switch (status) {
      case 400, 422 -> new ValidationException(text, context, List.of());
      case 401 -> new AuthenticationException(text, context);
      case 403 -> new PermissionDeniedException(text, context);
      case 404, 410 -> new NotFoundException(text, context);
      case 409 -> new ConflictException(text, context);
      case 412 -> new PreconditionFailedException(text, context);
      case 429 -> new RateLimitException(text, context, retryAfter, true);
      default ->
          status >= 500 || status == 408
              ? new ServerException(text, context)
              : new CrmException(text, context, false, null);
    };
  }

  private static Object parseQuietly(ApiResponse response) {
    if (!response.hasBody()) {
      return null;
    }
    try {
      return Json.parse(response.body());
    } catch (IllegalArgumentException notJson) {
      return null;
    }
  }

  private static String clip(String detail) {
    String redacted = Redactor.text(detail.strip());
    return redacted.length() <= MAX_DETAIL ? redacted : redacted.substring(0, MAX_DETAIL) + "...";
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 401 -> "credentials refused";
      case 403 -> "permission denied";
      case 404 -> "not found";
      case 409 -> "conflict";
      case 412 -> "precondition failed";
      case 429 -> "rate limit exceeded";
      case 503 -> "service unavailable";
      default -> "request failed";
    };
  }

  /** Reads the code and message of the common JSON error shapes. */
  static final class VendorFields {
    private VendorFields() {}

    static String message(Object body) {
      Object b = first(body);
      if (b instanceof Map<?, ?> m) {
        Object error = m.get("error");
        if (error instanceof Map<?, ?> inner && inner.get("message") != null) {
          return inner.get("message").toString();
        }
        for (String key : List.of("message", "error_description", "error_message", "error")) {
          if (m.get(key) instanceof String s) {
            return s;
          }
        }
      }
      return null;
    }

    /**
     * The field names of the common shapes: {@code field} or {@code fields} at the top or inside
     * {@code error}.
     */
    static List<String> fields(Object body) {
      List<String> out = new ArrayList<>();
      if (first(body) instanceof Map<?, ?> m) {
        for (Object holder : List.of(m, m.get("error") == null ? Map.of() : m.get("error"))) {
          if (holder instanceof Map<?, ?> h) {
            if (h.get("field") instanceof String s) {
              out.add(s);
            }
            if (h.get("fields") instanceof List<?> list) {
              list.stream().filter(String.class::isInstance).forEach(x -> out.add((String) x));
            }
          }
        }
      }
      return out;
    }

    static String code(Object body) {
      Object b = first(body);
      if (b instanceof Map<?, ?> m) {
        Object error = m.get("error");
        if (error instanceof Map<?, ?> inner && inner.get("code") != null) {
          return inner.get("code").toString();
        }
        for (String key : List.of("errorCode", "error_code", "code", "category", "error")) {
          if (m.get(key) instanceof String s) {
            return s;
          }
        }
      }
      return null;
    }

    private static Object first(Object body) {
      return body instanceof List<?> list && !list.isEmpty() ? list.get(0) : body;
    }
  }
}
