package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.ApiResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * A parsed GraphQL response: {@code data}, {@code errors} (field-level ones: request-level errors
 * already failed the request in {@link MondayErrorMapper}) and the request id.
 */
public final class GraphQlResponse {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

  private final JsonNode body;
  private final ErrorContext context;
  private final Duration retryAfter;

  private GraphQlResponse(JsonNode body, ErrorContext context, Duration retryAfter) {
    this.body = body;
    this.context = context;
    this.retryAfter = retryAfter;
  }

  /** Parses a response body; an unreadable body is a {@link ServerException}. */
  public static GraphQlResponse parse(ApiResponse response, ErrorContext context) {
    JsonNode body = read(response.body(), context);
    String requestId = body.path("extensions").path("request_id").asText(null);
    ErrorContext withId = context.withResponse(response.status(), null, requestId);
    return new GraphQlResponse(body, withId, response.retryAfter());
  }

  static JsonNode read(byte[] bytes, ErrorContext context) {
    try {
      JsonNode body = JSON.readTree(bytes);
      if (body == null || !body.isObject()) {
        throw new ServerException(
            "monday answered with a body that is not a JSON object", context, null);
      }
      return body;
    } catch (IOException e) {
      throw new ServerException("monday answered with malformed JSON", context, e);
    }
  }

  /** {@code data.<field>}, a missing node when absent. */
  public JsonNode data(String field) {
    return body.path("data").path(field);
  }

  /** The whole {@code data} object as plain maps and lists. */
  public Map<String, Object> dataAsMap() {
    JsonNode data = body.path("data");
    return data.isObject() ? JSON.convertValue(data, DATA) : Map.of();
  }

  /** The error whose path starts at root field (or alias) {@code field}, or null. */
  public CrmException errorAt(String field) {
    for (JsonNode error : body.path("errors")) {
      if (field.equals(error.path("path").path(0).asText(null))) {
        return MondayErrors.map(error, context, retryAfter);
      }
    }
    return null;
  }

  /** Throws the first error of the response, if any. */
  public GraphQlResponse orThrow() {
    JsonNode errors = body.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      throw MondayErrors.map(errors.get(0), context, retryAfter);
    }
    return this;
  }

  /** The context of this response (status and monday's request id). */
  public ErrorContext context() {
    return context;
  }
}
