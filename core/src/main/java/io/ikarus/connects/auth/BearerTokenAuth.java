package io.ikarus.connects.auth;

import io.ikarus.connects.internal.auth.Secret;
import java.util.concurrent.CompletableFuture;

/**
 * A fixed bearer token, sent as {@code Authorization: Bearer <token>}: a HubSpot private app token,
 * a Pipedrive OAuth token obtained elsewhere. Immutable and thread-safe; {@code toString()} hides
 * the token.
 *
 * <pre>{@code
 * AuthProvider auth = BearerTokenAuth.of(System.getenv("HUBSPOT_TOKEN"));
 * }</pre>
 */
public final class BearerTokenAuth implements AuthProvider {

  private final AccessToken token;

  private BearerTokenAuth(Secret token) {
    this.token = AccessToken.of(token.reveal());
  }

  /**
   * A provider that always sends {@code token}.
   *
   * @throws IllegalArgumentException when {@code token} is null or blank
   */
  public static BearerTokenAuth of(String token) {
    return new BearerTokenAuth(Secret.of("token", token));
  }

  /** Completes at once with the fixed token. */
  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return CompletableFuture.completedFuture(token);
  }

  /** Sets {@code Authorization: Bearer <token>}. */
  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header("Authorization", "Bearer " + token.value());
  }

  @Override
  public String toString() {
    return "BearerTokenAuth{token=***}";
  }
}
