package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;

/**
 * Maps every monday response, HTTP 200 included: an error without a {@code path} concerns the whole
 * request (validation, complexity budget, authentication) and fails it; errors with a path belong
 * to one field or alias and are left to the operation, so one bad record of an aliased batch does
 * not fail the others. Non-JSON bodies of failed requests fall back to the status.
 */
public final class MondayErrorMapper implements ErrorMapper {

  @Override
  public CrmException map(ApiResponse response, ErrorContext context) {
    JsonNode body;
    try {
      body = GraphQlResponse.read(response.body(), context);
    } catch (ServerException e) {
      return response.isSuccessful() ? e : null;
    }
    ErrorContext withId =
        context.withResponse(
            response.status(),
            null,
            body.path("extensions").path("request_id").asText(context.requestId()));
    if (body.has("error_code")) {
      return MondayErrors.mapLegacy(body, withId, response.retryAfter());
    }
    JsonNode first = null;
    for (JsonNode error : body.path("errors")) {
      first = first == null ? error : first;
      if (!error.has("path") || error.get("path").isEmpty()) {
        return MondayErrors.map(error, withId, response.retryAfter());
      }
    }
    return first != null && !response.isSuccessful()
        ? MondayErrors.map(first, withId, response.retryAfter())
        : null;
  }
}
