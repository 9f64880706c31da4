package io.ikarus.connects.internal.http;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.TokenRefreshedEvent;
import io.ikarus.connects.spi.ApiRequest;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AuthContext} a connector lends its auth provider: token requests go through the same
 * transport, timeouts, proxy and retry rules (a token POST is retried like an idempotent request:
 * asking twice only issues another token), with form values never logged.
 */
final class EngineAuthContext implements AuthContext {

  private static final Logger LOG = LoggerFactory.getLogger(EngineAuthContext.class);

  private final RequestEngine engine;
  private final EngineConfig config;
  private final ConnectorListener listener;

  EngineAuthContext(RequestEngine engine, EngineConfig config, ConnectorListener listener) {
    this.engine = engine;
    this.config = config;
    this.listener = listener;
  }

  @Override
  public String connector() {
    return config.connector();
  }

  @Override
  public URI tokenEndpoint() {
    if (config.tokenEndpoint() == null) {
      throw new IllegalStateException(
          config.connector() + " has no default token endpoint: give the auth provider one");
    }
    return config.tokenEndpoint();
  }

  @Override
  public String audience() {
    return config.audience();
  }

  @Override
  public Clock clock() {
    return config.options().clock();
  }

  @Override
  public CompletableFuture<Map<String, Object>> postForm(
      URI endpoint, Map<String, String> form, Map<String, String> headers) {
    // Sending a grant twice only issues another token (a single-use code or rotated refresh token
    // is refused the second time, as it would be anyway), so a lost answer is retried.
    ApiRequest.Builder b =
        ApiRequest.builder("POST")
            .url(endpoint)
            .form(form)
            .authenticated(false)
            .operation("token")
            .idempotent(true);
    headers.forEach(b::header);
    return engine.executeTokenRequest(b.build()).thenApply(response -> response.jsonObject());
  }

  @Override
  public void tokenRefreshed(AccessToken token) {
    LOG.debug("[{}] new access token, expires at {}", config.connector(), token.expiresAt());
    listener.onTokenRefreshed(new TokenRefreshedEvent(config.connector(), token.expiresAt()));
  }
}
