package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.TokenRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Pipedrive's OAuth server: {@code GET /oauth/authorize} (consents at once and redirects with a
 * code valid 5 minutes), {@code POST /oauth/token} (form body only, client auth by HTTP Basic only)
 * for {@code authorization_code} and {@code refresh_token}; the answer carries {@code api_domain}
 * (this fake) and the same refresh token again, as Pipedrive re-issues it.
 */
final class PdOAuth {

  private record Code(String clientId, String redirectUri, Instant issued) {}

  private final Clock clock;
  private final TokenRegistry accessTokens;
  private final String clientId;
  private final String clientSecret;
  private final String redirectUri;
  private final Map<String, Code> codes = new HashMap<>();
  private final Map<String, String> refreshTokens = new HashMap<>();
  private volatile String apiDomain = "";

  PdOAuth(
      Clock clock, TokenRegistry accessTokens, String clientId, String secret, String redirect) {
    this.clock = clock;
    this.accessTokens = accessTokens;
    this.clientId = clientId;
    this.clientSecret = secret;
    this.redirectUri = redirect;
  }

  void apiDomain(String url) {
    this.apiDomain = url;
  }

  /** Issues a code as a user's consent would. */
  String issueCode(String redirect) {
    String code = "pd-code-" + UUID.randomUUID();
    codes.put(code, new Code(clientId, redirect, clock.instant()));
    return code;
  }

  /** Issues a refresh token as a completed install would. */
  String issueRefreshToken() {
    String token = "pd-refresh-" + UUID.randomUUID();
    refreshTokens.put(token, clientId);
    return token;
  }

  FakeResponse authorize(FakeRequest request) {
    String redirect = request.param("redirect_uri");
    if (!clientId.equals(request.param("client_id"))) {
      return PdErrors.oauth(400, "invalid_client", "Invalid client: client is invalid");
    }
    if (redirect == null || !redirect.equals(redirectUri)) {
      return PdErrors.oauth(400, "invalid_request", "Invalid request: redirect_uri is invalid");
    }
    String state = request.param("state");
    String location =
        redirect + "?code=" + issueCode(redirect) + (state == null ? "" : "&state=" + state);
    return FakeResponse.empty(302).header("Location", location);
  }

  FakeResponse token(FakeRequest request) {
    if (!request.mediaType().equals("application/x-www-form-urlencoded")) {
      return PdErrors.oauth(
          400, "invalid_request", "content must be application/x-www-form-urlencoded");
    }
    if (!clientAuthenticated(request.header("authorization"))) {
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
    Code code = codes.remove(String.valueOf(first(form, "code")));
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
    String refresh = first(form, "refresh_token");
    if (refresh == null || !refreshTokens.containsKey(refresh)) {
      return PdErrors.oauth(400, "invalid_grant", "Invalid grant: refresh_token is invalid");
    }
    return tokens(refresh);
  }

  private FakeResponse tokens(String refresh) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", accessTokens.issue("v1:pd-access-"));
    body.put("token_type", "Bearer");
    body.put("refresh_token", refresh);
    body.put(
        "scope",
        "base,deals:full,contacts:full,activities:full,leads:full,search:read,recents:read,admin");
    body.put("expires_in", 3600);
    body.put("api_domain", apiDomain);
    return FakeResponse.json(200, body);
  }

  private boolean clientAuthenticated(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return decoded.equals(clientId + ":" + clientSecret);
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
