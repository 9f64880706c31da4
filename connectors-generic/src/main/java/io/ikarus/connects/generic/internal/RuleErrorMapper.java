package io.ikarus.connects.generic.internal;

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
import io.ikarus.connects.generic.internal.config.Specs.ErrorRule;
import io.ikarus.connects.generic.internal.config.Specs.GraphQlErrors;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configured error rules, evaluated in order on every response (2xx included, for vendors that
 * answer 200 with an error body); the first match decides. For GraphQL, a non-empty {@code errors}
 * array is a failure whose code ({@code extensions.code} by default) the rules can match. Anything
 * unmatched falls back to the status-code mapping. Thread-safe.
 */
public final class RuleErrorMapper implements ErrorMapper {

  private final List<ErrorRule> rules;
  private final GraphQlErrors graphql;
  private final String resetUnit;

  /**
   * A mapper.
   *
   * @param graphql how GraphQL errors are read, or null for REST
   */
  public RuleErrorMapper(List<ErrorRule> rules, GraphQlErrors graphql, String resetUnit) {
    this.rules = List.copyOf(rules);
    this.graphql = graphql;
    this.resetUnit = resetUnit;
  }

  @Override
  public CrmException map(ApiResponse response, ErrorContext context) {
    Object body = parse(response);
    Object gqlError = graphqlError(body);
    String code = gqlError == null ? null : text(graphql.codePath().first(gqlError));
    for (ErrorRule rule : rules) {
      if (matches(rule, response, body, code)) {
        return verdict(rule, response, body, context.withResponse(response.status(), code, null));
      }
    }
    if (gqlError != null && response.isSuccessful()) {
      String message = text(JsonPath.of("$.message", "message").first(gqlError));
      return new CrmException(
          message == null ? "GraphQL error" : message,
          context.withResponse(response.status(), code, null),
          false,
          null);
    }
    return response.isSuccessful() ? null : ErrorMapper.defaults().map(response, context);
  }

  private Object graphqlError(Object body) {
    if (graphql == null || !(body instanceof Map<?, ?> m)) {
      return null;
    }
    if (!(m.get("errors") instanceof List<?> errors) || errors.isEmpty()) {
      return null;
    }
    if (graphql.allowPartialData() && m.get("data") instanceof Map<?, ?> data && !data.isEmpty()) {
      return null;
    }
    return errors.get(0);
  }

  private static boolean matches(ErrorRule r, ApiResponse resp, Object body, String code) {
    if (!r.status().isEmpty() && !r.status().contains(resp.status())) {
      return false;
    }
    if (!r.codes().isEmpty() && (code == null || !r.codes().contains(code))) {
      return false;
    }
    if (r.bodyContains() != null && !resp.bodyString().contains(r.bodyContains())) {
      return false;
    }
    if (r.jsonPath() != null) {
      Object v = r.jsonPath().first(body);
      return v != null && (r.in().isEmpty() || r.in().contains(text(v)));
    }
    return true;
  }

  private CrmException verdict(ErrorRule r, ApiResponse resp, Object body, ErrorContext ctx) {
    // forStatus redacts secret-looking text from the vendor's message.
    String detail = ErrorMapper.forStatus(ctx, message(r, resp, body), null).detail();
    return switch (r.then()) {
      case "ignore" -> null;
      case "retry" -> new ServerException(detail, ctx);
      case "rate_limited" -> new RateLimitException(detail, ctx, wait(r, resp, body), true);
      case "refresh_auth" -> AuthenticationException.sessionExpired(detail, ctx);
      case "not_found" -> new NotFoundException(detail, ctx);
      case "conflict" -> new ConflictException(detail, ctx);
      case "permission" -> new PermissionDeniedException(detail, ctx);
      case "validation" -> new ValidationException(detail, ctx, fieldErrors(r, body));
      default -> new CrmException(detail, ctx, false, null);
    };
  }

  private Duration wait(ErrorRule r, ApiResponse resp, Object body) {
    if (r.waitSeconds() != null) {
      return Duration.ofSeconds(r.waitSeconds());
    }
    if (r.waitPath() != null && r.waitPath().first(body) != null) {
      return Duration.ofMillis((long) (Double.parseDouble(text(r.waitPath().first(body))) * 1000));
    }
    if (r.waitHeader() != null && resp.header(r.waitHeader()) != null) {
      return Limits.untilReset(resp.header(r.waitHeader()), resetUnit, resp.receivedAt());
    }
    return resp.retryAfter();
  }

  private static List<FieldError> fieldErrors(ErrorRule r, Object body) {
    List<FieldError> out = new ArrayList<>();
    if (r.fieldPath() != null) {
      for (Object f : r.fieldPath().all(body)) {
        out.add(new FieldError(text(f), null, "refused"));
      }
    }
    return out;
  }

  private static String message(ErrorRule r, ApiResponse resp, Object body) {
    Object m = r.messagePath() == null ? null : r.messagePath().first(body);
    return m != null ? text(m) : "HTTP " + resp.status() + " matched error rule " + r.key();
  }

  private static Object parse(ApiResponse resp) {
    try {
      return resp.json();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String text(Object v) {
    return v == null ? null : Template.text(v);
  }
}
