package io.ikarus.connects.testkit.internal.hubspot;

import static io.ikarus.connects.testkit.internal.Forms.first;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials the fake accepts (private-app tokens, and OAuth access tokens that live as long
 * as their registry says) and {@code POST /oauth/v1/token} (form-encoded): the {@code
 * authorization_code} and {@code refresh_token} grants, refresh tokens reused or rotated on
 * request. Token errors carry HubSpot's {@code status} code ({@code BAD_AUTH_CODE}, {@code
 * BAD_REFRESH_TOKEN}, ...) and the standard OAuth {@code error}. Thread-safe.
 */
public final class Tokens {

  private final Set<String> privateAppTokens = ConcurrentHashMap.newKeySet();
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  private final OAuthGrants grants;

  /** Tokens whose OAuth access tokens live in {@code registry} (and expire with it). */
  public Tokens(Clock clock, TokenRegistry registry) {
    this.grants = new OAuthGrants(clock, registry, "code-", "refresh-");
  }

  /** The OAuth clients, codes and refresh tokens. */
  public OAuthGrants grants() {
    return grants;
  }

  /** Accepts {@code token} as a private-app token. */
  public void addPrivateAppToken(String token) {
    privateAppTokens.add(token);
  }

  /** Expires every OAuth access token issued so far. */
  public void expireAccessTokens() {
    grants.accessTokens().expireAll();
  }

  /**
   * Checks an {@code Authorization} header value: returns when accepted, else throws HubSpot's 401
   * (an expired OAuth access token is told apart from an unknown one).
   */
  void authenticate(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new BadRequest(
          401,
          "INVALID_AUTHENTICATION",
          "Authentication credentials not found. This API supports OAuth 2.0 authentication and"
              + " you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview");
    }
    String token = authorization.substring("Bearer ".length()).trim();
    if (privateAppTokens.contains(token) || grants.accessTokens().isValid(token)) {
      return;
    }
    throw accessTokens.contains(token)
        ? new BadRequest(
            401, "EXPIRED_AUTHENTICATION", "The OAuth token used to make this call expired.")
        : new BadRequest(401, "INVALID_AUTHENTICATION", "The token provided is not valid.");
  }

  /** Answers one token request. */
  FakeResponse token(FakeRequest call) {
    if (!call.mediaType().equals("application/x-www-form-urlencoded")) {
      throw new BadRequest(415, null, "Content-Type must be application/x-www-form-urlencoded");
    }
    Map<String, List<String>> form = Forms.parse(call.body());
    String clientId = first(form, "client_id");
    OAuthGrants.Client client = grants.client(clientId);
    if (client == null) {
      return error("BAD_CLIENT_ID", "invalid_client", "missing or invalid client id");
    }
    if (!client.secret().equals(first(form, "client_secret"))) {
      return error("BAD_CLIENT_SECRET", "invalid_client", "missing or invalid client secret");
    }
    return switch (String.valueOf(first(form, "grant_type"))) {
      case "authorization_code" -> exchangeCode(form, client);
      case "refresh_token" -> refresh(form, clientId);
      default -> error("BAD_GRANT_TYPE", "unsupported_grant_type", "unsupported grant type");
    };
  }

  private FakeResponse exchangeCode(Map<String, List<String>> form, OAuthGrants.Client client) {
    if (!client.redirectUri().equals(first(form, "redirect_uri"))) {
      return error("BAD_REDIRECT_URI", "invalid_grant", "redirect_uri does not match");
    }
    OAuthGrants.Code code = grants.redeemCode(first(form, "code"));
    if (code == null || !code.clientId().equals(client.id())) {
      return error("BAD_AUTH_CODE", "invalid_grant", "missing or unknown auth code");
    }
    return success(grants.issueRefreshToken(client.id()));
  }

  private FakeResponse refresh(Map<String, List<String>> form, String clientId) {
    String next = grants.refresh(first(form, "refresh_token"), clientId);
    return next == null
        ? error("BAD_REFRESH_TOKEN", "invalid_grant", "missing or invalid refresh token")
        : success(next);
  }

  private FakeResponse success(String refreshToken) {
    String accessToken = grants.accessTokens().issue("oauth-");
    accessTokens.add(accessToken);
    ObjectNode n = Json.object().put("token_type", "bearer").put("refresh_token", refreshToken);
    n.put("access_token", accessToken)
        .put("expires_in", grants.accessTokens().lifetime().toSeconds());
    return FakeResponse.json(200, n);
  }

  /** HubSpot's error body with its token {@code status} code and the standard OAuth fields. */
  private static FakeResponse error(String status, String oauthError, String message) {
    ObjectNode n = Wire.errorBody(null, message, null).put("status", status);
    n.put("error", oauthError).put("error_description", message);
    return FakeResponse.json(400, n);
  }
}
