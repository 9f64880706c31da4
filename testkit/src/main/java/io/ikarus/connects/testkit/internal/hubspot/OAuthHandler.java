package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /oauth/v1/token} (form-encoded): the {@code authorization_code} and {@code
 * refresh_token} grants. Errors carry HubSpot's {@code status} code ({@code BAD_AUTH_CODE}, {@code
 * BAD_REFRESH_TOKEN}, ...) and the standard OAuth {@code error}.
 */
public final class OAuthHandler {

  private final Tokens tokens;

  /** A token endpoint over {@code tokens}. */
  public OAuthHandler(Tokens tokens) {
    this.tokens = tokens;
  }

  /** Answers one token request. */
  public FakeResponse token(FakeRequest call) {
    String type = call.header("Content-Type");
    if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
      return Errors.reply(
          415, null, "Content-Type must be application/x-www-form-urlencoded", null);
    }
    Map<String, String> form = parseForm(call.body());
    String clientId = form.get("client_id");
    Tokens.Client client = tokens.client(clientId);
    if (client == null) {
      return error("BAD_CLIENT_ID", "invalid_client", "missing or invalid client id");
    }
    if (!client.secret().equals(form.get("client_secret"))) {
      return error("BAD_CLIENT_SECRET", "invalid_client", "missing or invalid client secret");
    }
    String grant = String.valueOf(form.get("grant_type"));
    return switch (grant) {
      case "authorization_code" -> exchangeCode(form, client, clientId);
      case "refresh_token" -> refresh(form, clientId);
      default -> error("BAD_GRANT_TYPE", "unsupported_grant_type", "unsupported grant type");
    };
  }

  private FakeResponse exchangeCode(
      Map<String, String> form, Tokens.Client client, String clientId) {
    if (!client.redirectUri().equals(form.get("redirect_uri"))) {
      return error("BAD_REDIRECT_URI", "invalid_grant", "redirect_uri does not match");
    }
    if (tokens.redeemCode(form.get("code"), clientId) == null) {
      return error("BAD_AUTH_CODE", "invalid_grant", "missing or unknown auth code");
    }
    return success(tokens.issueRefreshToken(clientId));
  }

  private FakeResponse refresh(Map<String, String> form, String clientId) {
    String used = form.get("refresh_token");
    if (!clientId.equals(tokens.refreshTokenClient(used))) {
      return error("BAD_REFRESH_TOKEN", "invalid_grant", "missing or invalid refresh token");
    }
    return success(tokens.afterRefresh(used, clientId));
  }

  private FakeResponse success(String refreshToken) {
    ObjectNode n = Json.object();
    n.put("token_type", "bearer");
    n.put("refresh_token", refreshToken);
    n.put("access_token", tokens.issueAccessToken());
    n.put("expires_in", tokens.ttlSeconds());
    return FakeResponse.json(200, Json.write(n));
  }

  private static FakeResponse error(String status, String oauthError, String message) {
    ObjectNode n = Json.object();
    n.put("status", status);
    n.put("message", message);
    n.put("error", oauthError);
    n.put("error_description", message);
    n.put("correlationId", UUID.randomUUID().toString());
    return FakeResponse.json(400, Json.write(n));
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
