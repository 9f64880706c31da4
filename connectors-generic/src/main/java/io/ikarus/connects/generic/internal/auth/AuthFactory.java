package io.ikarus.connects.generic.internal.auth;

import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.BasicAuth;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.Template;
import io.ikarus.connects.generic.internal.Vars;
import io.ikarus.connects.generic.internal.config.Node;
import java.util.Set;

/**
 * Builds the {@link AuthProvider} an {@code auth} section describes: none, apiKey (header or query,
 * with a prefix), bearer, basic, or oauth2 (client credentials, refresh token with rotation, JWT
 * bearer) with the client authenticated in the body or with Basic, and a custom token header and
 * prefix. Values are templates over {@code config} and {@code secret}.
 */
public final class AuthFactory {

  private static final Set<String> TYPES = Set.of("none", "apiKey", "bearer", "basic", "oauth2");
  private static final Set<String> API_KEY = Set.of("type", "in", "name", "value", "prefix");
  private static final Set<String> BEARER = Set.of("type", "token");
  private static final Set<String> BASIC = Set.of("type", "username", "password");
  private static final Set<String> OAUTH =
      Set.of(
          "type",
          "grant",
          "tokenUrl",
          "clientId",
          "clientSecret",
          "refreshToken",
          "scopes",
          "clientAuth",
          "tokenHeader",
          "tokenPrefix",
          "baseUrlFrom",
          "issuer",
          "subject",
          "privateKey",
          "audience");

  private AuthFactory() {}

  /** The provider for {@code auth} (null or type none: no credentials, returns null). */
  public static AuthProvider create(Node auth, Vars vars) {
    if (auth == null) {
      return null;
    }
    String type = auth.choice("type", null, TYPES);
    if (type == null) {
      throw new GenericConfigException(auth.at("type"), "is required", null);
    }
    return switch (type) {
      case "apiKey" -> apiKey(auth.allow(API_KEY), vars);
      case "bearer" -> BearerTokenAuth.of(value(auth.allow(BEARER), "token", vars));
      case "basic" -> basic(auth.allow(BASIC), vars);
      case "oauth2" -> oauth(auth.allow(OAUTH), vars);
      default -> {
        auth.allow(Set.of("type"));
        yield null;
      }
    };
  }

  /** The token-response attribute the base URL comes from ({@code baseUrlFrom}), or null. */
  public static String baseUrlFrom(Node auth) {
    return auth == null || !"oauth2".equals(auth.str("type", null))
        ? null
        : auth.str("baseUrlFrom", null);
  }

  /** The token endpoint of an oauth2 section, expanded, or null. */
  public static String tokenUrl(Node auth, Vars vars) {
    return auth == null || !auth.has("tokenUrl") ? null : value(auth, "tokenUrl", vars);
  }

  private static AuthProvider apiKey(Node n, Vars vars) {
    String in = n.choice("in", "header", Set.of("header", "query"));
    String name = n.str("name");
    String key = n.str("prefix", "") + value(n, "value", vars);
    return in.equals("header")
        ? ApiKeyAuth.header(name, key)
        : ApiKeyAuth.queryParameter(name, key);
  }

  private static AuthProvider basic(Node n, Vars vars) {
    String password = Template.text(n.str("password", ""), vars);
    String user = value(n, "username", vars);
    return password.isEmpty() ? BasicAuth.withEmptyPassword(user) : BasicAuth.of(user, password);
  }

  private static AuthProvider oauth(Node n, Vars vars) {
    String grant =
        n.choice("grant", null, Set.of("client_credentials", "refresh_token", "jwt_bearer"));
    if (grant == null) {
      throw new GenericConfigException(n.at("grant"), "is required", null);
    }
    String clientId = grant.equals("jwt_bearer") ? null : value(n, "clientId", vars);
    String secret = n.has("clientSecret") ? value(n, "clientSecret", vars) : null;
    OAuth2 oauth =
        switch (grant) {
          case "client_credentials" -> OAuth2.clientCredentials(clientId, required(n, secret));
          case "refresh_token" ->
              OAuth2.refreshToken(clientId, secret, value(n, "refreshToken", vars));
          default ->
              OAuth2.jwtBearer(
                  value(n, "issuer", vars),
                  value(n, "subject", vars),
                  PemKey.rsa(value(n, "privateKey", vars), n.at("privateKey")));
        };
    if (n.has("scopes")) {
      oauth = oauth.withScope(String.join(" ", n.strList("scopes")));
    }
    if (n.has("audience")) {
      oauth = oauth.withAudience(value(n, "audience", vars));
    }
    if (n.choice("clientAuth", "body", Set.of("body", "basic")).equals("basic")) {
      oauth = oauth.withBasicClientAuthentication();
    }
    return new ConfiguredOAuth(
        oauth, n.str("tokenHeader", "Authorization"), n.str("tokenPrefix", "Bearer "));
  }

  private static String required(Node n, String secret) {
    if (secret == null) {
      throw new GenericConfigException(n.at("clientSecret"), "is required for this grant", null);
    }
    return secret;
  }

  private static String value(Node n, String key, Vars vars) {
    try {
      return Template.text(n.str(key), vars);
    } catch (IllegalArgumentException e) {
      if (e instanceof GenericConfigException g) {
        throw g;
      }
      throw new GenericConfigException(n.at(key), e.getMessage(), null);
    }
  }
}
