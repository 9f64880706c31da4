package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.hubspot.internal.dto.ErrorBody;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.time.Duration;

/** Plugs {@link HubSpotErrors} into the engine: maps every response of status 400 and above. */
public final class HubSpotErrorMapper implements ErrorMapper {

  @Override
  public CrmException map(ApiResponse response, ErrorContext context) {
    if (response.status() < 400) {
      return null;
    }
    ErrorBody body;
    try {
      body = response.hasBody() ? response.json(ErrorBody.class) : null;
    } catch (CrmException unreadable) {
      body = ErrorBody.of("unreadable error body (HTTP " + response.status() + ")");
    }
    body = body == null ? ErrorBody.of(null) : body;
    return HubSpotErrors.map(response.status(), body, context, wait(response, body));
  }

  /**
   * How long to wait after a 429: {@code Retry-After} when sent; else the burst window the {@code
   * X-HubSpot-RateLimit-Interval-Milliseconds} header names, within which a rolling window surely
   * frees a slot; else one second for the search API's per-second limit.
   */
  private static Duration wait(ApiResponse response, ErrorBody body) {
    Duration retryAfter = response.retryAfter();
    if (retryAfter != null || response.status() != 429) {
      return retryAfter;
    }
    String interval = response.header("X-HubSpot-RateLimit-Interval-Milliseconds");
    if (interval != null && interval.trim().matches("\\d{1,9}")) {
      return Duration.ofMillis(Long.parseLong(interval.trim()));
    }
    return "SECONDLY".equals(body.policyName()) ? Duration.ofSeconds(1) : null;
  }
}
