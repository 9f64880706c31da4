package io.ikarus.connects.internal.http;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import java.net.URI;
import java.util.Objects;

/**
 * Everything the engine of one connector is built from, with the caller's options already merged
 * over the vendor's defaults.
 *
 * @param connector the connector's name
 * @param auth the credentials, or null for none
 * @param options the transport options
 * @param retry the effective retry settings
 * @param rateLimit the effective rate limits
 * @param tokenEndpoint the effective token endpoint, or null
 * @param audience the JWT audience, or null
 * @param hooks the connector's callbacks
 */
public record EngineConfig(
    String connector,
    AuthProvider auth,
    ClientOptions options,
    RetrySettings retry,
    RateLimitSettings rateLimit,
    URI tokenEndpoint,
    String audience,
    EngineHooks hooks) {

  /** Validates. */
  public EngineConfig {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(hooks, "hooks");
  }
}
