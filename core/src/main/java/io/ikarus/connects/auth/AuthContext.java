package io.ikarus.connects.auth;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a connector lends its {@link AuthProvider}: the vendor's default token endpoint and
 * audience, a clock, and a way to post a token request through the connector's transport (with its
 * timeouts, proxy, retries for safe failures, and redacted logging).
 */
public interface AuthContext {

  /** The connector's name, for error messages and events. */
  String connector();

  /** The token endpoint to use when the provider was not given one. */
  URI tokenEndpoint();

  /**
   * The audience ({@code aud}) for JWT assertions when the provider was not given one: Salesforce's
   * login URL, Microsoft's token endpoint.
   */
  String audience();

  /** The clock for expiry decisions. */
  Clock clock();

  /**
   * Posts an {@code application/x-www-form-urlencoded} token request and returns the parsed JSON
   * object. Form values are never logged.
   *
   * @return a future that completes with the response fields, or exceptionally with {@link
   *     io.ikarus.connects.error.AuthenticationException} naming the OAuth {@code error} code when
   *     the server refuses the request
   */
  CompletableFuture<Map<String, Object>> postForm(
      URI endpoint, Map<String, String> form, Map<String, String> headers);

  /** Reports a newly obtained token to the connector's listener. */
  void tokenRefreshed(AccessToken token);
}
