package io.ikarus.connects.internal.auth;

import java.util.Map;

/**
 * The resource owner password grant (RFC 6749 section 4.3).
 *
 * @param clientId the OAuth client id
 * @param clientSecret the client secret
 * @param username the user
 * @param password the password as sent, already followed by Salesforce's security token if any
 */
public record PasswordGrant(String clientId, Secret clientSecret, String username, Secret password)
    implements Grant {

  @Override
  public Map<String, String> form(GrantRequest request) {
    Map<String, String> form = Forms.client("password", clientId, clientSecret);
    form.put("username", username);
    form.put("password", password.reveal());
    return form;
  }

  @Override
  public String name() {
    return "password";
  }
}
