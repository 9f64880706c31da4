package io.ikarus.connects.auth;

/**
 * Persists a rotated refresh token. Token servers that rotate refresh tokens (Salesforce with
 * rotation enabled, Pipedrive, many OAuth servers) invalidate the old one when they issue a new
 * one, so the new one must be stored before anything else happens: {@link OAuth2} calls this
 * listener with the new refresh token and uses the access token that came with it only after the
 * listener returns normally. A crash between the token response and the store therefore leaves at
 * worst an unused access token, never a lost refresh token.
 *
 * <p>Called on a transport thread, at most one call at a time per provider. When it throws, the
 * token request fails with an {@link io.ikarus.connects.error.AuthenticationException} whose cause
 * is the thrown exception; the provider keeps the new refresh token in memory, so the next token
 * request rotates again and calls the listener again.
 *
 * <pre>{@code
 * OAuth2 auth = OAuth2.refreshToken(clientId, clientSecret, store.load())
 *     .withRefreshTokenListener(store::save);
 * }</pre>
 */
@FunctionalInterface
public interface RefreshTokenListener {

  /** A listener that stores nothing: the rotated token lives only in memory. */
  RefreshTokenListener NONE = refreshToken -> {};

  /**
   * Stores {@code refreshToken}, which replaces the previous one.
   *
   * @param refreshToken the new refresh token; a secret, never to be logged
   * @throws Exception when it cannot be stored; the token request then fails
   */
  void onRefreshToken(String refreshToken) throws Exception;
}
