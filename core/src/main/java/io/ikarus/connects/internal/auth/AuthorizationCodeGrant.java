package io.ikarus.connects.internal.auth;

import java.net.URI;
import java.util.Map;

/**
 * The authorization code grant (RFC 6749 section 4.1, with PKCE's {@code code_verifier} when
 * given): the code is exchanged once, later tokens come from the refresh token it yielded.
 *
 * @param clientId the OAuth client id
 * @param clientSecret the client secret, or null for a public client
 * @param code the authorization code from the redirect
 * @param redirectUri the redirect URI used in the authorization request
 * @param codeVerifier the PKCE code verifier, or null
 */
public record AuthorizationCodeGrant(
    String clientId, Secret clientSecret, Secret code, URI redirectUri, Secret codeVerifier)
    implements Grant {

  @Override
  public Map<String, String> form(GrantRequest request) {
    if (request.refreshToken() != null) {
      return RefreshTokenGrant.refreshForm(clientId, clientSecret, request.refreshToken());
    }
    Map<String, String> form = Forms.client("authorization_code", clientId, clientSecret);
    form.put("code", code.reveal());
    form.put("redirect_uri", redirectUri.toString());
    Forms.putIfPresent(form, "code_verifier", codeVerifier);
    return form;
  }

  @Override
  public String name() {
    return "authorization_code";
  }
}
