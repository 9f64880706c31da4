package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Builds {@link HubSpotConnector}s for {@code crm_type: "hubspot"}. {@code auth_config} holds
 * {@code api_token} (a private-app token) and {@code object_type}, or OAuth credentials: {@code
 * client_id}, {@code client_secret} and either {@code refresh_token} or {@code code} with {@code
 * redirect_uri}. Options: {@code burst_limit} (requests per 10 s, default 100), {@code
 * search_limit} (per second, default 4), {@code forms_url}.
 */
public final class HubSpotProvider implements ConnectorProvider {

  @Override
  public Set<String> authKeys() {
    return Set.of(
        "api_token",
        "object_type",
        "client_id",
        "client_secret",
        "refresh_token",
        "code",
        "redirect_uri");
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of("burst_limit", "search_limit", "forms_url");
  }

  @Override
  public String crmType() {
    return "hubspot";
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    HubSpotConnector.Builder b =
        HubSpotConnector.builder().auth(auth(config)).options(config.options());
    String objectType = config.auth("object_type");
    if (objectType != null) {
      b.defaultObject(objectType);
    }
    Integer burst = config.intOption("burst_limit");
    if (burst != null) {
      b.burstLimit(burst, Duration.ofSeconds(10));
    }
    Integer search = config.intOption("search_limit");
    if (search != null) {
      b.searchLimit(search, Duration.ofSeconds(1));
    }
    Object forms = config.option("forms_url");
    if (forms != null) {
      b.formsUrl(URI.create(forms.toString()));
    }
    return b.build();
  }

  private static AuthProvider auth(ConnectorConfig config) {
    String token = config.auth("api_token");
    if (token != null && !token.isBlank()) {
      return BearerTokenAuth.of(token);
    }
    if (config.auth("client_id") == null) {
      throw new IllegalArgumentException(
          "auth_config for crm_type 'hubspot' needs api_token, or"
              + " client_id and client_secret with refresh_token or code and redirect_uri");
    }
    String id = config.requireAuth("client_id");
    String secret = config.requireAuth("client_secret");
    String refresh = config.auth("refresh_token");
    if (refresh != null && !refresh.isBlank()) {
      return OAuth2.refreshToken(id, secret, refresh);
    }
    return OAuth2.authorizationCode(
        id, secret, config.requireAuth("code"), URI.create(config.requireAuth("redirect_uri")));
  }
}
