package io.ikarus.connects.generic.internal.auth;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import io.ikarus.connects.auth.OAuth2;
import java.util.concurrent.CompletableFuture;

/**
 * Core's {@link OAuth2} with the token sent in a configured header with a configured prefix (Zoho's
 * {@code Zoho-oauthtoken }). Thread-safe; {@code toString} hides secrets.
 */
final class ConfiguredOAuth implements AuthProvider {

  private final OAuth2 oauth;
  private final String header;
  private final String prefix;

  ConfiguredOAuth(OAuth2 oauth, String header, String prefix) {
    this.oauth = oauth;
    this.header = header;
    this.prefix = prefix;
  }

  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return oauth.token(context);
  }

  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header(header, prefix + token.value());
  }

  @Override
  public void invalidate(AccessToken rejected) {
    oauth.invalidate(rejected);
  }

  @Override
  public boolean canRefresh() {
    return true;
  }

  @Override
  public String toString() {
    return "ConfiguredOAuth{" + oauth + ", header=" + header + '}';
  }
}
