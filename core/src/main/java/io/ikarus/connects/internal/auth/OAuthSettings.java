package io.ikarus.connects.internal.auth;

import io.ikarus.connects.auth.RefreshTokenListener;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The immutable configuration of one OAuth 2.0 provider.
 *
 * @param grant the grant
 * @param tokenEndpoint where tokens come from, or null for the connector's default
 * @param scope the {@code scope} form field, or null to send none
 * @param audience the {@code aud} of JWT assertions, or null for the grant's default
 * @param refreshSkew how long before expiry a token is replaced
 * @param listener receives rotated refresh tokens
 * @param basicClient true to send the client id and secret as HTTP Basic instead of form fields
 */
public record OAuthSettings(
    Grant grant,
    URI tokenEndpoint,
    String scope,
    String audience,
    Duration refreshSkew,
    RefreshTokenListener listener,
    boolean basicClient) {

  /** The default {@code refreshSkew}. */
  public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofSeconds(60);

  /** Validates. */
  public OAuthSettings {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(refreshSkew, "refreshSkew");
    Objects.requireNonNull(listener, "listener");
    if (refreshSkew.isNegative()) {
      throw new IllegalArgumentException("refreshSkew must not be negative: " + refreshSkew);
    }
  }

  /** Defaults for {@code grant}: the connector's endpoint and audience, no scope, 60 s skew. */
  public static OAuthSettings of(Grant grant) {
    return new OAuthSettings(
        grant, null, null, null, DEFAULT_REFRESH_SKEW, RefreshTokenListener.NONE, false);
  }

  /** A copy with {@code tokenEndpoint}. */
  public OAuthSettings withTokenEndpoint(URI tokenEndpoint) {
    return new OAuthSettings(
        grant, tokenEndpoint, scope, audience, refreshSkew, listener, basicClient);
  }

  /** A copy with {@code scope}. */
  public OAuthSettings withScope(String scope) {
    return new OAuthSettings(
        grant, tokenEndpoint, scope, audience, refreshSkew, listener, basicClient);
  }

  /** A copy with {@code audience}. */
  public OAuthSettings withAudience(String audience) {
    return new OAuthSettings(
        grant, tokenEndpoint, scope, audience, refreshSkew, listener, basicClient);
  }

  /** A copy with {@code refreshSkew}. */
  public OAuthSettings withRefreshSkew(Duration refreshSkew) {
    return new OAuthSettings(
        grant, tokenEndpoint, scope, audience, refreshSkew, listener, basicClient);
  }

  /** A copy with {@code listener}. */
  public OAuthSettings withListener(RefreshTokenListener listener) {
    return new OAuthSettings(
        grant, tokenEndpoint, scope, audience, refreshSkew, listener, basicClient);
  }

  /** A copy that authenticates the client with HTTP Basic. */
  public OAuthSettings withBasicClient() {
    return new OAuthSettings(grant, tokenEndpoint, scope, audience, refreshSkew, listener, true);
  }
}
