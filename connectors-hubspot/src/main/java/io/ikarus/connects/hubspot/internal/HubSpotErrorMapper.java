package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.time.Duration;
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
    return HubSpotErrors.map(response.status(), body, context, wait(response, body));
  }

  /**
   * How long to wait after a 429: {@code Retry-After} when sent; else the burst window the {@code
   * X-HubSpot-RateLimit-Interval-Milliseconds} header names, within which a rolling window surely
   * frees a slot; else one second for the search API's per-second limit.
   */
  private static Duration wait(ApiResponse response, Map<String, Object> body) {
    Duration retryAfter = response.retryAfter();
    if (retryAfter != null || response.status() != 429) {
      return retryAfter;
    }
    String interval = response.header("X-HubSpot-RateLimit-Interval-Milliseconds");
    if (interval != null && interval.trim().matches("\\d{1,9}")) {
      return Duration.ofMillis(Long.parseLong(interval.trim()));
    }
    return "SECONDLY".equals(body.get("policyName")) ? Duration.ofSeconds(1) : null;
  }
}
