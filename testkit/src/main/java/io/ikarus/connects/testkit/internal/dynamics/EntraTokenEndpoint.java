package io.ikarus.connects.testkit.internal.dynamics;

import static io.ikarus.connects.testkit.internal.oauth.OAuthGrants.first;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Microsoft identity platform v2 token endpoint {@code /{tenant}/oauth2/v2.0/token} for the
 * client-credentials grant, with a client secret or a certificate client assertion. Issues opaque
 * bearer tokens (valid for 3599 seconds on the fake's clock) through the shared {@link
 * OAuthGrants}. Thread-safe.
 */
final class EntraTokenEndpoint {

  static final Duration LIFETIME = Duration.ofSeconds(3599);
  static final String TOKEN_PREFIX = "eyJ0eXAiOiJKV1QiLCJmYWtlIjoiZGF0YXZlcnNlIn0.";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final String tenantId;
  private final OAuthGrants grants;
  private final X509Certificate certificate;
  private final Clock clock;

  /** An endpoint for {@code tenantId} whose one client is registered in {@code grants}. */
  EntraTokenEndpoint(
      String tenantId, OAuthGrants grants, X509Certificate certificate, Clock clock) {
    this.tenantId = tenantId;
    this.grants = grants;
    this.certificate = certificate;
    this.clock = clock;
  }

  /**
   * Answers a token request.
   *
   * @param tenant the tenant segment of the path
   * @param form the decoded form fields
   * @param tokenUrl this endpoint's absolute URL, the required assertion audience
   * @param resource the environment URL whose {@code /.default} scope is required
   */
  FakeResponse token(
      String tenant, Map<String, List<String>> form, String tokenUrl, String resource) {
    try {
      check(tenant, form, tokenUrl, resource);
      String token = grants.issueAccessToken(TOKEN_PREFIX);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("token_type", "Bearer");
      body.put("expires_in", LIFETIME.toSeconds());
      body.put("ext_expires_in", LIFETIME.toSeconds());
      body.put("access_token", token);
      return FakeResponse.text(200, "application/json; charset=utf-8", Json.write(body));
    } catch (EntraError e) {
      return e.response(clock);
    }
  }

  private void check(
      String tenant, Map<String, List<String>> form, String tokenUrl, String resource) {
    if (!tenant.equals(tenantId)) {
      throw new EntraError(400, "invalid_request", 90002, "Tenant '" + tenant + "' not found.");
    }
    if (form.containsKey("resource")) {
      throw new EntraError(
          400, "invalid_request", 901002, "The 'resource' request parameter is not supported.");
    }
    if (!"client_credentials".equals(first(form, "grant_type"))) {
      throw new EntraError(
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '" + first(form, "grant_type") + "'.");
    }
    OAuthGrants.Client client = grants.client(first(form, "client_id"));
    if (client == null) {
      throw new EntraError(
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + first(form, "client_id")
              + "' was not found in the directory '"
              + tenantId
              + "'.");
    }
    String scope = first(form, "scope");
    if (scope == null) {
      throw new EntraError(
          400,
          "invalid_request",
          900144,
          "The request body must contain the following parameter: 'scope'.");
    }
    if (!scope.equals(resource + "/.default")) {
      throw new EntraError(
          400,
          "invalid_resource",
          500011,
          "The resource principal named "
              + scope.replace("/.default", "")
              + " was not found in the tenant named "
              + tenantId
              + ".");
    }
    credential(client, form, tokenUrl);
  }

  private void credential(
      OAuthGrants.Client client, Map<String, List<String>> form, String tokenUrl) {
    String assertion = first(form, "client_assertion");
    if (assertion != null && certificate != null) {
      if (!ASSERTION_TYPE.equals(first(form, "client_assertion_type"))) {
        throw new EntraError(
            400, "invalid_request", 50027, "client_assertion_type must be " + ASSERTION_TYPE + ".");
      }
      AssertionVerifier.verify(assertion, certificate, client.id(), tokenUrl, clock.instant());
      return;
    }
    String secret = first(form, "client_secret");
    if (secret == null || client.secret() == null || !client.secret().equals(secret)) {
      throw new EntraError(
          401,
          "invalid_client",
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the"
              + " client secret value, not the client secret ID, for a secret added to app '"
              + client.id()
              + "'.");
    }
  }
}
