package io.ikarus.connects.internal.auth;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.TokenCache;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running state of one OAuth 2.0 provider: the token cache and the newest refresh token. Runs
 * token requests through the connector's {@link AuthContext}, hands rotated refresh tokens to the
 * listener before their access token is used, and reports every new token. Thread-safe.
 */
public final class TokenSession {

  private static final Logger LOG = LoggerFactory.getLogger(TokenSession.class);
  private static final Map<String, String> HEADERS = Map.of("Accept", "application/json");

  private final OAuthSettings settings;
  private final TokenCache cache = new TokenCache();
  private final AtomicReference<Secret> refreshToken;

  /** A session with an empty cache and the grant's initial refresh token. */
  public TokenSession(OAuthSettings settings) {
    this.settings = settings;
    this.refreshToken = new AtomicReference<>(settings.grant().initialRefreshToken());
  }

  /** See {@link io.ikarus.connects.auth.AuthProvider#token}. */
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return cache.get(context.clock(), () -> fetch(context));
  }

  /** See {@link io.ikarus.connects.auth.AuthProvider#invalidate}. */
  public void invalidate(AccessToken rejected) {
    cache.invalidate(rejected);
  }

  private CompletableFuture<TokenCache.Entry> fetch(AuthContext context) {
    URI endpoint =
        settings.tokenEndpoint() != null ? settings.tokenEndpoint() : context.tokenEndpoint();
    String audience =
        settings.audience() != null
            ? settings.audience()
            : settings.grant().defaultAudience(context.audience(), endpoint);
    GrantRequest request =
        new GrantRequest(
            context.connector(), endpoint, audience, context.clock().instant(), refreshToken.get());
    Map<String, String> form = new LinkedHashMap<>(settings.grant().form(request));
    if (settings.scope() != null) {
      form.put("scope", settings.scope());
    }
    Map<String, String> headers = settings.basicClient() ? basic(form) : HEADERS;
    LOG.debug(
        "{}: requesting a token, {} grant, from {}",
        context.connector(),
        settings.grant().name(),
        endpoint);
    return context
        .postForm(endpoint, form, headers)
        .thenApply(body -> accept(context, body))
        .whenComplete((entry, failure) -> logFailure(context, failure));
  }

  /**
   * Moves {@code client_id} and {@code client_secret} out of {@code form} into an {@code
   * Authorization: Basic} header, each form-encoded first (RFC 6749 section 2.3.1).
   */
  private static Map<String, String> basic(Map<String, String> form) {
    String id = form.remove("client_id");
    String secret = form.remove("client_secret");
    String pair = encode(id) + ":" + encode(secret == null ? "" : secret);
    Map<String, String> headers = new LinkedHashMap<>(HEADERS);
    headers.put(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void logFailure(AuthContext context, Throwable failure) {
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      LOG.debug("{}: token request failed: {}", context.connector(), cause.getMessage());
    }
  }

  private TokenCache.Entry accept(AuthContext context, Map<String, Object> body) {
    Instant received = context.clock().instant();
    TokenResponse response = TokenResponse.parse(body, received, context.connector());
    rotate(context, response.refreshToken());
    AccessToken token = response.token();
    LOG.debug("{}: obtained a token expiring at {}", context.connector(), token.expiresAt());
    context.tokenRefreshed(token);
    return new TokenCache.Entry(token, refreshAt(token, received));
  }

  /**
   * Stores a new refresh token and hands it to the listener; throwing here discards the access
   * token. The new refresh token stays in memory even then: with rotation the old one is dead.
   */
  private void rotate(AuthContext context, Secret fresh) {
    if (fresh == null || fresh.equals(refreshToken.get())) {
      return;
    }
    refreshToken.set(fresh);
    LOG.debug("{}: the token server rotated the refresh token", context.connector());
    try {
      settings.listener().onRefreshToken(fresh.reveal());
    } catch (Exception e) {
      throw new AuthenticationException(
          "the refresh token listener failed to store the rotated refresh token ("
              + e.getClass().getSimpleName()
              + "); the new access token was not used",
          ErrorContext.of(context.connector(), "token"),
          e);
    }
  }

  /** Refresh {@code skew} before expiry, but no earlier than halfway through a short lifetime. */
  private Instant refreshAt(AccessToken token, Instant received) {
    if (token.expiresAt() == null) {
      return null;
    }
    Duration half = Duration.between(received, token.expiresAt()).dividedBy(2);
    Duration margin = settings.refreshSkew().compareTo(half) < 0 ? settings.refreshSkew() : half;
    return token.expiresAt().minus(margin);
  }
}
