package io.ikarus.connects.internal.http;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.net.URI;
import java.util.List;

/** What the engine asks of the connector it serves. */
public interface EngineHooks {

  /** The base URL for relative request paths, given the current token (or null). */
  URI baseUrl(AccessToken token);

  /** The budget reports in a response; empty when none. */
  List<RateLimitStatus> rateLimitStatus(ApiResponse response);
}
