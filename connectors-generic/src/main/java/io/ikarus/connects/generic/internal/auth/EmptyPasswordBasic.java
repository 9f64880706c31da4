package io.ikarus.connects.generic.internal.auth;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP Basic with an API key as the user name and an empty password, as Close documents ({@code -u
 * key:}). Core's BasicAuth refuses an empty password, so this one case lives here. Thread-safe;
 * {@code toString} hides the key.
 */
final class EmptyPasswordBasic implements AuthProvider {

  private final String header;

  EmptyPasswordBasic(String user) {
    if (user.isBlank() || user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("auth.username must be non-blank and without ':'");
    }
    this.header =
        "Basic "
            + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return CompletableFuture.completedFuture(AccessToken.of("basic"));
  }

  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header("Authorization", header);
  }

  @Override
  public String toString() {
    return "EmptyPasswordBasic{***}";
  }
}
