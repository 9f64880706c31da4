package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import java.net.URI;
import java.util.Set;

/**
 * Builds {@link SalesforceConnector}s for {@code crm_type: "salesforce"}. The flow follows from the
 * {@code auth_config} keys (or is named by {@code grant_type}):
 *
 * <ul>
 *   <li>{@code username}, {@code password}, {@code security_token}, {@code client_id}, {@code
 *       client_secret}: username-password, the configuration users have today;
 *   <li>{@code client_id} (consumer key), {@code username}, {@code private_key} (PKCS#8 PEM): JWT
 *       bearer;
 *   <li>{@code client_id}, {@code client_secret}, {@code refresh_token}: refresh token;
 *   <li>{@code client_id}, {@code client_secret} only: client credentials (set {@code
 *       options.auth_url} to the org's My Domain).
 * </ul>
 *
 * {@code Object_name} (or {@code object_name}) becomes the connector's default object; {@code
 * sandbox: true} logs in at {@code test.salesforce.com}; {@code options.auth_url} and {@code
 * options.base_url} override the login server and the instance URL.
 */
public final class SalesforceProvider implements ConnectorProvider {

  /** For {@link java.util.ServiceLoader}. */
  public SalesforceProvider() {}

  @Override
  public Set<String> authKeys() {
    return Set.of(
        "username",
        "password",
        "security_token",
        "client_id",
        "client_secret",
        "private_key",
        "refresh_token",
        "grant_type",
        "Object_name",
        "object_name",
        "sandbox",
        "instance_url");
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of();
  }

  @Override
  public String crmType() {
    return SalesforceNames.CONNECTOR;
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    SalesforceConnector.Builder b =
        SalesforceConnector.builder().auth(auth(config)).options(config.options());
    String object =
        config.auth("Object_name") != null
            ? config.auth("Object_name")
            : config.auth("object_name");
    if (object != null && !object.isBlank()) {
      b.defaultObject(object);
    }
    if (Boolean.parseBoolean(config.auth("sandbox"))) {
      b.loginUrl(SalesforceConnector.SANDBOX_LOGIN_URL);
    }
    if (config.auth("instance_url") != null) {
      b.instanceUrl(URI.create(config.auth("instance_url")));
    }
    return b.build();
  }

  private static AuthProvider auth(ConnectorConfig c) {
    String grant = c.auth("grant_type") == null ? inferred(c) : c.auth("grant_type");
    return switch (grant) {
      case "password" ->
          OAuth2.password(
              c.requireAuth("client_id"),
              c.requireAuth("client_secret"),
              c.requireAuth("username"),
              c.requireAuth("password"),
              c.auth("security_token"));
      case "jwt_bearer", "urn:ietf:params:oauth:grant-type:jwt-bearer" ->
          OAuth2.jwtBearer(
              c.requireAuth("client_id"),
              c.requireAuth("username"),
              PemKeys.rsa(c.requireAuth("private_key"), "auth_config.private_key"));
      case "refresh_token" ->
          OAuth2.refreshToken(
              c.requireAuth("client_id"), c.auth("client_secret"), c.requireAuth("refresh_token"));
      case "client_credentials" ->
          OAuth2.clientCredentials(c.requireAuth("client_id"), c.requireAuth("client_secret"));
      default ->
          throw new IllegalArgumentException(
              "auth_config.grant_type '"
                  + grant
                  + "' is not one of password, jwt_bearer, refresh_token, client_credentials");
    };
  }

  private static String inferred(ConnectorConfig c) {
    if (c.auth("private_key") != null) {
      return "jwt_bearer";
    }
    if (c.auth("refresh_token") != null) {
      return "refresh_token";
    }
    if (c.auth("password") != null || c.auth("username") != null) {
      return "password";
    }
    return "client_credentials";
  }
}
