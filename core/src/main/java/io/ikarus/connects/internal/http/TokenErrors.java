package io.ikarus.connects.internal.http;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.internal.log.Redactor;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.Json;
import java.util.Map;

/**
 * Maps token endpoint answers: an OAuth error body ({@code {"error", "error_description"}}) is an
 * {@link AuthenticationException} whose vendor code is the OAuth error; other failures map by
 * status, except that a 5xx or {@code temporarily_unavailable} is a transient {@link
 * ServerException}: the identity provider issued nothing and may answer later.
 */
final class TokenErrors {

  private static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";

  private TokenErrors() {}

  static CrmException map(ApiResponse response, ErrorContext context) {
    if (response.status() < 400) {
      return null;
    }
    Map<String, Object> body = parse(response);
    boolean transientCode = body != null && TEMPORARILY_UNAVAILABLE.equals(body.get("error"));
    if (response.status() >= 500 || transientCode) {
      String code = transientCode ? TEMPORARILY_UNAVAILABLE : null;
      return new ServerException(
          "the token endpoint is temporarily unavailable",
          context.withResponse(response.status(), code, context.requestId()));
    }
    if (body != null && body.get("error") instanceof String code) {
      Object description = body.get("error_description");
      String detail =
          description instanceof String d && !d.isBlank()
              ? Redactor.text(d)
              : "the token request was refused";
      return new AuthenticationException(
          detail, context.withResponse(response.status(), code, context.requestId()));
    }
    return StatusErrors.map(response, context);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(ApiResponse response) {
    try {
      return response.hasBody() && Json.parse(response.body()) instanceof Map<?, ?> m
          ? (Map<String, Object>) m
          : null;
    } catch (IllegalArgumentException notJson) {
      return null;
    }
  }
}
