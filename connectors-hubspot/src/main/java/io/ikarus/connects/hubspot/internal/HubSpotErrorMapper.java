package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.util.Map;

/** Plugs {@link HubSpotErrors} into the engine: maps every response of status 400 and above. */
public final class HubSpotErrorMapper implements ErrorMapper {

  @Override
  public CrmException map(ApiResponse response, ErrorContext context) {
    if (response.status() < 400) {
      return null;
    }
    Map<String, Object> body;
    try {
      body = response.hasBody() ? response.jsonObject() : Map.of();
    } catch (CrmException unreadable) {
      body = Map.of("message", "unreadable error body (HTTP " + response.status() + ")");
    }
    return HubSpotErrors.map(response.status(), body, context, response.retryAfter());
  }
}
