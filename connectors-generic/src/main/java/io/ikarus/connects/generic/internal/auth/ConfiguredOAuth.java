package io.ikarus.connects.generic.internal.auth;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import io.ikarus.connects.auth.OAuth2;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Core's {@link OAuth2} with two vendor variations: the token sent in a configured header with a
 * configured prefix (Zoho's {@code Zoho-oauthtoken }), and the client authenticated with HTTP Basic
 * (RFC 6749 section 2.3.1) instead of form fields. Thread-safe; {@code toString} hides secrets.
 */
final class ConfiguredOAuth implements AuthProvider {

  private final OAuth2 oauth;
  private final String basicId;
  private final String basicSecret;
  private final String header;
  private final String prefix;

  ConfiguredOAuth(OAuth2 oauth, String basicId, String basicSecret, String header, String prefix) {
    this.oauth = oauth;
    this.basicId = basicId;
    this.basicSecret = basicSecret;
    this.header = header;
    this.prefix = prefix;
  }

  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return oauth.token(basicId == null ? context : new BasicClientContext(context));
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

  /** Moves {@code client_id} and {@code client_secret} from the form into a Basic header. */
  private final class BasicClientContext implements AuthContext {
    private final AuthContext delegate;

    BasicClientContext(AuthContext delegate) {
      this.delegate = delegate;
    }

    @Override
    public String connector() {
      return delegate.connector();
    }

    @Override
    public URI tokenEndpoint() {
      return delegate.tokenEndpoint();
    }

    @Override
    public String audience() {
      return delegate.audience();
    }

    @Override
    public Clock clock() {
      return delegate.clock();
    }

    @Override
    public CompletableFuture<Map<String, Object>> postForm(
        URI endpoint, Map<String, String> form, Map<String, String> headers) {
      Map<String, String> f = new LinkedHashMap<>(form);
      f.remove("client_id");
      f.remove("client_secret");
      Map<String, String> h = new LinkedHashMap<>(headers);
      String pair = encode(basicId) + ":" + encode(basicSecret == null ? "" : basicSecret);
      h.put(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      return delegate.postForm(endpoint, f, h);
    }

    @Override
    public void tokenRefreshed(AccessToken token) {
      delegate.tokenRefreshed(token);
    }

    private String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
