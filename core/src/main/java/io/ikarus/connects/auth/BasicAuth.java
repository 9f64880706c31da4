package io.ikarus.connects.auth;

import io.ikarus.connects.internal.auth.Checks;
import io.ikarus.connects.internal.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP Basic authentication (RFC 7617), sent as {@code Authorization: Basic base64(user:password)}
 * with UTF-8. Immutable and thread-safe; {@code toString()} shows the user, never the password.
 *
 * <pre>{@code
 * AuthProvider auth = BasicAuth.of("api-user", System.getenv("CRM_PASSWORD"));
 * }</pre>
 */
public final class BasicAuth implements AuthProvider {

  private final String shown;
  private final AccessToken credentials;

  private BasicAuth(String user, Secret password) {
    this.shown =
        password == null ? "user=***, password=<empty>" : "user=" + user + ", password=***";
    String pair = user + ':' + (password == null ? "" : password.reveal());
    this.credentials =
        AccessToken.of(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A provider for {@code user} and {@code password}.
   *
   * @throws IllegalArgumentException when {@code user} is blank or contains a colon (which Basic
   *     authentication cannot carry), or {@code password} is null or empty
   */
  public static BasicAuth of(String user, String password) {
    if (Checks.text("user", user).indexOf(':') >= 0) {
      throw new IllegalArgumentException("user must not contain ':' in Basic authentication");
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password must not be null or empty");
    }
    return new BasicAuth(user, Secret.ofNullable(password));
  }

  /**
   * A provider for {@code user} with an empty password ({@code user:}), the way several APIs take
   * an API key (Close: {@code curl -u key:}). The user is then the secret: {@code toString()} hides
   * it.
   *
   * @throws IllegalArgumentException when {@code user} is blank or contains a colon
   */
  public static BasicAuth withEmptyPassword(String user) {
    if (Checks.text("user", user).indexOf(':') >= 0) {
      throw new IllegalArgumentException("user must not contain ':' in Basic authentication");
    }
    return new BasicAuth(user, null);
  }

  /** Completes at once with the encoded credentials. */
  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return CompletableFuture.completedFuture(credentials);
  }

  /** Sets {@code Authorization: Basic <credentials>}. */
  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header("Authorization", "Basic " + token.value());
  }

  @Override
  public String toString() {
    return "BasicAuth{" + shown + '}';
  }
}
