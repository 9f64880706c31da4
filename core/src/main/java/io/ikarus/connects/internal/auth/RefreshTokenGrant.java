package io.ikarus.connects.internal.auth;

import java.util.Map;

/**
 * The refresh token grant (RFC 6749 section 6), always sending the newest refresh token.
 *
 * @param clientId the OAuth client id
 * @param clientSecret the client secret, or null for a public client
 * @param initialRefreshToken the refresh token to start with
 */
public record RefreshTokenGrant(String clientId, Secret clientSecret, Secret initialRefreshToken)
    implements Grant {

  @Override
  public Map<String, String> form(GrantRequest request) {
    return refreshForm(clientId, clientSecret, request.refreshToken());
  }

  @Override
  public String name() {
    return "refresh_token";
  }

  /** The refresh request's form; also used by {@link AuthorizationCodeGrant}. */
  static Map<String, String> refreshForm(String clientId, Secret clientSecret, Secret token) {
    Map<String, String> form = Forms.client("refresh_token", clientId, clientSecret);
    form.put("refresh_token", token.reveal());
    return form;
  }
}
