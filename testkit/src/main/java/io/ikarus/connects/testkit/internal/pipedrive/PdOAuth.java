package io.ikarus.connects.testkit.internal.pipedrive;

import static io.ikarus.connects.testkit.internal.Forms.first;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Pipedrive's OAuth server: {@code GET /oauth/authorize} (consents at once and redirects with a
 * code valid 5 minutes), {@code POST /oauth/token} (form body only, client auth by HTTP Basic only)
 * for {@code authorization_code} and {@code refresh_token}; the answer carries {@code api_domain}
 * (this fake) and the same refresh token again, as Pipedrive re-issues it.
 */
public final class PdOAuth {

  private final Clock clock;
  private final OAuthGrants grants;
  private final OAuthGrants.Client client;
  private volatile String apiDomain = "";

  PdOAuth(Clock clock, TokenRegistry accessTokens, OAuthGrants.Client client) {
    this.clock = clock;
    this.grants = new OAuthGrants(clock, accessTokens, "pd-code-", "pd-refresh-");
    this.client = client;
  }

  /** Sets the {@code api_domain} token answers carry: the fake's URL once it listens. */
  public void apiDomain(String url) {
    this.apiDomain = url;
  }

  /** Issues a code as a user's consent would. */
  public String issueCode(String redirect) {
    return grants.issueCode(client.id(), redirect);
  }

  /** Issues a refresh token as a completed install would. */
  public String issueRefreshToken() {
    return grants.issueRefreshToken(client.id());
  }

  FakeResponse authorize(FakeRequest request) {
    String redirect = request.param("redirect_uri");
    if (!client.id().equals(request.param("client_id"))) {
      return PdErrors.oauth(400, "invalid_client", "Invalid client: client is invalid");
    }
    if (redirect == null || !redirect.equals(client.redirectUri())) {
      return PdErrors.oauth(400, "invalid_request", "Invalid request: redirect_uri is invalid");
    }
    HttpUrl.Builder location = HttpUrl.get(redirect).newBuilder();
    location.addQueryParameter("code", issueCode(redirect));
    if (request.param("state") != null) {
      location.addQueryParameter("state", request.param("state"));
    }
    return FakeResponse.empty(302).header("Location", location.build().toString());
  }

  FakeResponse token(FakeRequest request) {
    if (!request.mediaType().equals("application/x-www-form-urlencoded")) {
      return PdErrors.oauth(
          400, "invalid_request", "content must be application/x-www-form-urlencoded");
    }
    OAuthGrants.Basic basic = new OAuthGrants.Basic(client.id(), client.secret());
    if (!basic.equals(OAuthGrants.basic(request.header("authorization")))) {
      return PdErrors.oauth(
          401, "invalid_client", "Invalid client: cannot retrieve client credentials");
    }
    Map<String, List<String>> form = Forms.parse(request.body());
    String grant = first(form, "grant_type");
    if (grant == null) {
      return PdErrors.oauth(400, "invalid_request", "Missing parameter: grant_type");
    }
    return switch (grant) {
      case "authorization_code" -> fromCode(form);
      case "refresh_token" -> fromRefresh(form);
      default -> PdErrors.oauth(400, "unsupported_grant_type", "Unsupported grant type");
    };
  }

  private FakeResponse fromCode(Map<String, List<String>> form) {
    OAuthGrants.Code code = grants.redeemCode(first(form, "code"));
    if (code == null) {
      return PdErrors.oauth(400, "invalid_grant", "Invalid grant: authorization_code is invalid");
    }
    if (clock.instant().isAfter(code.issued().plus(Duration.ofMinutes(5)))) {
      return PdErrors.oauth(400, "invalid_grant", "Invalid grant: authorization_code has expired");
    }
    if (!code.redirectUri().equals(first(form, "redirect_uri"))) {
      return PdErrors.oauth(400, "invalid_request", "Invalid request: redirect_uri is invalid");
    }
    return tokens(issueRefreshToken());
  }

  private FakeResponse fromRefresh(Map<String, List<String>> form) {
    String refresh = grants.refresh(first(form, "refresh_token"), null);
    return refresh == null
        ? PdErrors.oauth(400, "invalid_grant", "Invalid grant: refresh_token is invalid")
        : tokens(refresh);
  }

  private FakeResponse tokens(String refresh) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", grants.accessTokens().issue("v1:pd-access-"));
    body.put("token_type", "Bearer");
    body.put("refresh_token", refresh);
    body.put(
        "scope",
        "base,deals:full,contacts:full,activities:full,leads:full,search:read,recents:read,admin");
    body.put("expires_in", 3600);
    body.put("api_domain", apiDomain);
    return FakeResponse.json(200, body);
  }
}
