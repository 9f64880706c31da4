package io.ikarus.connects.internal.auth;

import java.util.Map;

/**
 * The client credentials grant authenticated with a client secret (RFC 6749 section 4.4).
 *
 * @param clientId the OAuth client id
 * @param clientSecret the client secret
 */
public record ClientSecretGrant(String clientId, Secret clientSecret) implements Grant {

  @Override
  public Map<String, String> form(GrantRequest request) {
    return Forms.client("client_credentials", clientId, clientSecret);
  }

  @Override
  public String name() {
    return "client_credentials";
  }
}
