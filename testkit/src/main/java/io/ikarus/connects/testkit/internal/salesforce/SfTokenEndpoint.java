package io.ikarus.connects.testkit.internal.salesforce;

import static io.ikarus.connects.testkit.internal.oauth.OAuthGrants.first;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code POST /services/oauth2/token}: the username-password, refresh-token, JWT bearer and
 * client-credentials flows, answering as Salesforce does (no {@code expires_in}, {@code issued_at}
 * in milliseconds as a string, an HMAC {@code signature}).
 */
final class SfTokenEndpoint {

  private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final SfOrg org;
  private final SfJwtVerifier jwt;

  SfTokenEndpoint(SfOrg org) {
    this.org = org;
    this.jwt = new SfJwtVerifier(org);
  }

  FakeResponse handle(FakeRequest request) {
    try {
      if (!request.method().equals("POST")) {
        throw SfOAuth.invalidRequest("must use HTTP POST");
      }
      if (!request.mediaType().equals("application/x-www-form-urlencoded")) {
        throw SfOAuth.invalidRequest("invalid content type: " + request.mediaType());
      }
      Map<String, List<String>> form = Forms.parse(request.body());
      return FakeResponse.json(200, grant(request, form));
    } catch (SfOAuth e) {
      return e.response();
    }
  }

  private ObjectNode grant(FakeRequest request, Map<String, List<String>> form) {
    String grantType = first(form, "grant_type");
    if (grantType == null) {
      throw new SfOAuth("unsupported_grant_type", "grant type not supported");
    }
    return switch (grantType) {
      case "password" -> password(form);
      case "refresh_token" -> refresh(request, form);
      case "client_credentials" -> {
        checkClient(request, form);
        yield token(null);
      }
      case JWT_GRANT -> {
        jwt.verify(first(form, "assertion"));
        yield token(null);
      }
      default -> throw new SfOAuth("unsupported_grant_type", "grant type not supported");
    };
  }

  private ObjectNode password(Map<String, List<String>> form) {
    checkClient(null, form);
    SfConfig c = org.config;
    String expected = c.password() + c.securityToken();
    if (!c.username().equals(first(form, "username"))
        || !expected.equals(first(form, "password"))) {
      throw SfOAuth.invalidGrant("authentication failure");
    }
    return token(null);
  }

  private ObjectNode refresh(FakeRequest request, Map<String, List<String>> form) {
    checkClient(request, form);
    String refreshToken = first(form, "refresh_token");
    if (org.grants.refreshTokenClient(refreshToken) == null) {
      throw SfOAuth.invalidGrant("expired access/refresh token");
    }
    return token(org.config.rotateRefreshTokens() ? org.grants.afterRefresh(refreshToken) : null);
  }

  /** Client id and secret from the form, or from HTTP Basic when {@code request} allows it. */
  private void checkClient(FakeRequest request, Map<String, List<String>> form) {
    String id = first(form, "client_id");
    String secret = first(form, "client_secret");
    OAuthGrants.Basic basic =
        request == null ? null : OAuthGrants.basic(request.header("authorization"));
    if (id == null && basic != null) {
      id = basic.id();
      secret = basic.secret();
    }
    OAuthGrants.Client client = org.grants.client(id);
    if (client == null) {
      throw new SfOAuth("invalid_client_id", "client identifier invalid");
    }
    if (!client.secret().equals(secret)) {
      throw new SfOAuth("invalid_client", "invalid client credentials");
    }
  }

  private ObjectNode token(String refreshToken) {
    String issuedAt = Long.toString(org.clock.millis());
    String id = org.identityUrl();
    ObjectNode body = Json.object().put("access_token", org.accessToken());
    if (refreshToken != null) {
      body.put("refresh_token", refreshToken);
    }
    return body.put("signature", sign(id + issuedAt))
        .put("scope", "api")
        .put("instance_url", org.baseUrl)
        .put("id", id)
        .put("token_type", "Bearer")
        .put("issued_at", issuedAt);
  }

  private String sign(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] key = org.config.clientSecret().getBytes(StandardCharsets.UTF_8);
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
