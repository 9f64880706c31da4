package io.ikarus.connects.auth;

import io.ikarus.connects.internal.auth.Checks;
import io.ikarus.connects.internal.auth.Secret;
import java.util.concurrent.CompletableFuture;

/**
 * A fixed API key sent as a header or a query parameter, exactly as given (no scheme prefix).
 * Immutable and thread-safe; {@code toString()} shows where the key goes, never the key.
 *
 * <pre>{@code
 * AuthProvider pipedrive = ApiKeyAuth.header("x-api-token", token);
 * AuthProvider legacy = ApiKeyAuth.queryParameter("api_token", token);
 * AuthProvider monday = ApiKeyAuth.header("Authorization", token); // monday's raw token
 * }</pre>
 *
 * <p>Prefer the header: query parameters end up in proxy and server access logs. The SDK redacts
 * the parameter from its own logs and events.
 */
public final class ApiKeyAuth implements AuthProvider {

  private final String name;
  private final boolean inHeader;
  private final AccessToken key;

  private ApiKeyAuth(String name, boolean inHeader, Secret key) {
    this.name = name;
    this.inHeader = inHeader;
    this.key = AccessToken.of(key.reveal());
  }

  /**
   * Sends the key in header {@code name}.
   *
   * @throws IllegalArgumentException when {@code name} or {@code key} is null or blank
   */
  public static ApiKeyAuth header(String name, String key) {
    return new ApiKeyAuth(Checks.text("name", name), true, Secret.of("key", key));
  }

  /**
   * Sends the key as query parameter {@code name}.
   *
   * @throws IllegalArgumentException when {@code name} or {@code key} is null or blank
   */
  public static ApiKeyAuth queryParameter(String name, String key) {
    return new ApiKeyAuth(Checks.text("name", name), false, Secret.of("key", key));
  }

  /** The header or query parameter name. */
  public String name() {
    return name;
  }

  /** True when the key goes in a header, false for a query parameter. */
  public boolean inHeader() {
    return inHeader;
  }

  /** Completes at once with the fixed key. */
  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return CompletableFuture.completedFuture(key);
  }

  /** Sets the header or adds the query parameter. */
  @Override
  public void apply(AccessToken token, AuthTarget target) {
    if (inHeader) {
      target.header(name, token.value());
    } else {
      target.queryParameter(name, token.value());
    }
  }

  @Override
  public String toString() {
    return "ApiKeyAuth{" + (inHeader ? "header=" : "queryParameter=") + name + ", key=***}";
  }
}
