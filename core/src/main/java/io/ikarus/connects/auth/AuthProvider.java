package io.ikarus.connects.auth;

import java.util.concurrent.CompletableFuture;

/**
 * Supplies credentials for a connector's requests. Implementations are thread-safe: many requests
 * ask for a token at once, and a refreshing provider fetches at most one new token at a time
 * (single-flight) however many callers wait for it.
 *
 * <p>Use the ready-made ones: {@link BearerTokenAuth}, {@link ApiKeyAuth}, {@link BasicAuth} and
 * the {@link OAuth2} flows. {@code toString()} of every provider hides its secrets.
 */
public interface AuthProvider {

  /**
   * Returns a valid token, fetching one when none is cached or the cached one is about to expire.
   *
   * @return a future that completes exceptionally with {@link
   *     io.ikarus.connects.error.AuthenticationException} when the credentials are refused
   */
  CompletableFuture<AccessToken> token(AuthContext context);

  /** Attaches {@code token} to an outgoing request (a header or a query parameter). */
  void apply(AccessToken token, AuthTarget target);

  /**
   * Forgets {@code rejected} after the server answered 401 to it, so that the next {@link #token}
   * fetches a new one. Does nothing when a newer token is already cached (another caller
   * refreshed).
   */
  default void invalidate(AccessToken rejected) {}

  /** True when {@link #invalidate} followed by {@link #token} can yield a different credential. */
  default boolean canRefresh() {
    return false;
  }
}
