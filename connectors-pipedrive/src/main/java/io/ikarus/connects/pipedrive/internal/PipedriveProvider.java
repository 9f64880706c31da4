package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.pipedrive.PipedriveConnector;
import io.ikarus.connects.pipedrive.PipedrivePlan;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Builds {@link PipedriveConnector}s for {@code crm_type: "pipedrive"}. {@code auth_config} holds
 * {@code api_token} and {@code object_type} ({@code DEAL}, {@code PERSON}, ... or {@code deals},
 * ...), or OAuth: {@code client_id}, {@code client_secret} and {@code refresh_token}, or {@code
 * code} with {@code redirect_uri}. Options: {@code plan} ({@code lite|growth|premium|ultimate}),
 * {@code seats}, {@code daily_budget}, {@code burst_limit}, {@code write_concurrency}, {@code
 * server_zone}.
 */
public final class PipedriveProvider implements ConnectorProvider {

  @Override
  public String crmType() {
    return "pipedrive";
  }

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
    return Set.of(
        "plan", "seats", "daily_budget", "burst_limit", "write_concurrency", "server_zone");
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    PipedriveConnector.Builder b = PipedriveConnector.builder().options(config.options());
    auth(config, b);
    String objectType = config.auth("object_type");
    if (objectType != null && !objectType.isBlank()) {
      b.defaultObject(objectType);
    }
    Object plan = config.option("plan");
    if (plan != null) {
      Integer seats = number(config, "seats");
      b.plan(
          PipedrivePlan.valueOf(plan.toString().trim().toUpperCase(Locale.ROOT)),
          seats == null ? 1 : seats);
    }
    Integer budget = number(config, "daily_budget");
    if (budget != null) {
      b.dailyBudget(budget);
    }
    Integer burst = number(config, "burst_limit");
    if (burst != null) {
      b.burstLimit(burst);
    }
    Integer concurrency = number(config, "write_concurrency");
    if (concurrency != null) {
      b.writeConcurrency(concurrency);
    }
    Object zone = config.option("server_zone");
    if (zone != null) {
      b.serverZone(java.time.ZoneId.of(zone.toString()));
    }
    return b.build();
  }

  private static void auth(ConnectorConfig config, PipedriveConnector.Builder b) {
    String token = config.auth("api_token");
    if (token != null && !token.isBlank()) {
      b.apiToken(token);
      return;
    }
    if (config.auth("client_id") == null) {
      throw new IllegalArgumentException(
          "auth_config for crm_type 'pipedrive' needs api_token, or client_id and client_secret"
              + " with refresh_token or code and redirect_uri");
    }
    String id = config.requireAuth("client_id");
    String secret = config.requireAuth("client_secret");
    String refresh = config.auth("refresh_token");
    b.auth(
        refresh != null && !refresh.isBlank()
            ? OAuth2.refreshToken(id, secret, refresh).withBasicClientAuthentication()
            : OAuth2.authorizationCode(
                    id,
                    secret,
                    config.requireAuth("code"),
                    URI.create(config.requireAuth("redirect_uri")))
                .withBasicClientAuthentication());
  }

  private static Integer number(ConnectorConfig config, String key) {
    Object v = config.option(key);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("options." + key + " must be a whole number: " + v, e);
    }
  }
}
