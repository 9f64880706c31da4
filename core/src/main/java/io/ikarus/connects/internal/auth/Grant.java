package io.ikarus.connects.internal.auth;

import java.net.URI;
import java.util.Map;

/**
 * One OAuth 2.0 grant: the form fields of its token request. Implementations are immutable; the
 * mutable part (the current refresh token) arrives in the {@link GrantRequest}.
 */
public interface Grant {

  /**
   * The form of the next token request, without {@code scope} (added by the caller when set).
   *
   * @throws io.ikarus.connects.error.AuthenticationException when the request cannot be built, such
   *     as a JWT that cannot be signed
   */
  Map<String, String> form(GrantRequest request);

  /** The {@code grant_type} name shown by {@code toString()}, such as {@code "password"}. */
  String name();

  /** The OAuth client id, or the JWT issuer for the JWT bearer grant; not a secret. */
  String clientId();

  /**
   * The {@code aud} of the grant's JWT assertions when none was configured: by default the token
   * endpoint itself (RFC 7523, and what Microsoft requires).
   *
   * @param contextAudience the connector's audience, such as {@code https://login.salesforce.com},
   *     or null
   * @param tokenEndpoint the endpoint the request goes to
   */
  default String defaultAudience(String contextAudience, URI tokenEndpoint) {
    return tokenEndpoint.toString();
  }

  /** The refresh token the grant starts with, or null. */
  default Secret initialRefreshToken() {
    return null;
  }
}
