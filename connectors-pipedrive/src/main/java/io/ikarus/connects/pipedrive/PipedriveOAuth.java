package io.ikarus.connects.pipedrive;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import io.ikarus.connects.auth.RefreshTokenListener;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.internal.auth.TokenCache;
import io.ikarus.connects.internal.auth.TokenResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * OAuth for a Pipedrive app: the token endpoint ({@code https://oauth.pipedrive.com/oauth/token})
 * takes the client credentials only as HTTP Basic, which the SDK's generic {@code OAuth2} does not
 * send, hence this provider. It exchanges an authorization code once, then refreshes with the
 * refresh token (Pipedrive re-issues the same one and extends its 60-day life; any new value goes
 * to the listener), refreshes a minute before the hour-long access token expires, and leaves the
 * token response's {@code api_domain} on the token, where the connector takes its base URL from.
 * Thread-safe; {@code toString()} shows no secret.
 *
 * <pre>{@code
 * AuthProvider auth = PipedriveOAuth.refreshToken(clientId, clientSecret, store.load())
 *     .withRefreshTokenListener(store::save);
 * }</pre>
 */
public final class PipedriveOAuth implements AuthProvider {

  private static final Duration SKEW = Duration.ofSeconds(60);

  private final String clientId;
  private final String clientSecret;
  private final URI redirectUri;
  private final URI tokenEndpoint;
  private final RefreshTokenListener listener;
  private final TokenCache cache = new TokenCache();
  private final Object lock = new Object();
  private String code;
  private String refreshToken;

  private PipedriveOAuth(
      String clientId,
      String clientSecret,
      String code,
      URI redirectUri,
      String refreshToken,
      URI tokenEndpoint,
      RefreshTokenListener listener) {
    this.clientId = text("clientId", clientId);
    this.clientSecret = text("clientSecret", clientSecret);
    this.code = code;
    this.redirectUri = redirectUri;
    this.refreshToken = refreshToken;
    this.tokenEndpoint = tokenEndpoint;
    this.listener = listener;
  }

  /** Starts from an authorization code (valid 5 minutes, once) sent to {@code redirectUri}. */
  public static PipedriveOAuth authorizationCode(
      String clientId, String clientSecret, String code, URI redirectUri) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    return new PipedriveOAuth(
        clientId, clientSecret, text("code", code), redirectUri, null, null, t -> {});
  }

  /** Starts from a stored refresh token. */
  public static PipedriveOAuth refreshToken(String clientId, String clientSecret, String refresh) {
    return new PipedriveOAuth(
        clientId, clientSecret, null, null, text("refreshToken", refresh), null, t -> {});
  }

  /** Sends token requests to {@code endpoint} instead of the connector's token URL. */
  public PipedriveOAuth withTokenEndpoint(URI endpoint) {
    return new PipedriveOAuth(
        clientId, clientSecret, code, redirectUri, refreshToken, endpoint, listener);
  }

  /** Hands every new refresh token to {@code listener} (persist it there). */
  public PipedriveOAuth withRefreshTokenListener(RefreshTokenListener listener) {
    Objects.requireNonNull(listener, "listener");
    return new PipedriveOAuth(
        clientId, clientSecret, code, redirectUri, refreshToken, tokenEndpoint, listener);
  }

  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return cache.get(context.clock(), () -> fetch(context));
  }

  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header("Authorization", "Bearer " + token.value());
  }

  @Override
  public void invalidate(AccessToken rejected) {
    cache.invalidate(rejected);
  }

  @Override
  public boolean canRefresh() {
    return true;
  }

  @Override
  public String toString() {
    return "PipedriveOAuth{clientId="
        + clientId
        + ", grant="
        + (code != null ? "authorization_code" : "refresh_token")
        + '}';
  }

  private CompletableFuture<TokenCache.Entry> fetch(AuthContext context) {
    URI endpoint = tokenEndpoint != null ? tokenEndpoint : context.tokenEndpoint();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    String basic = clientId + ":" + clientSecret;
    headers.put(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    return context.postForm(endpoint, form(), headers).thenApply(body -> accept(context, body));
  }

  private Map<String, String> form() {
    Map<String, String> form = new LinkedHashMap<>();
    synchronized (lock) {
      if (code != null) {
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
      } else {
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
      }
    }
    return form;
  }

  private TokenCache.Entry accept(AuthContext context, Map<String, Object> body) {
    Instant received = context.clock().instant();
    TokenResponse response = TokenResponse.parse(body, received, context.connector());
    Object fresh = body.get("refresh_token");
    synchronized (lock) {
      code = null;
      if (fresh instanceof String s && !s.isBlank() && !s.equals(refreshToken)) {
        refreshToken = s;
        notifyListener(context, s);
      }
    }
    AccessToken token = response.token();
    context.tokenRefreshed(token);
    Instant refreshAt = token.expiresAt() == null ? null : token.expiresAt().minus(SKEW);
    return new TokenCache.Entry(token, refreshAt);
  }

  private void notifyListener(AuthContext context, String fresh) {
    try {
      listener.onRefreshToken(fresh);
    } catch (Exception e) {
      throw new AuthenticationException(
          "the refresh token listener failed (" + e.getClass().getSimpleName() + ")",
          ErrorContext.of(context.connector(), "token"),
          e);
    }
  }

  private static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
