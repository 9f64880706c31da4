package io.ikarus.connects.examples;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.auth.PrivateKeys;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.salesforce.SalesforceConnector;
import java.net.URI;
import java.util.Map;

/**
 * Real Salesforce and HubSpot accounts, from environment variables (see {@code docs/}):
 *
 * <ul>
 *   <li>{@code SF_CLIENT_ID} and {@code SF_USERNAME}, then either {@code SF_PRIVATE_KEY} (PKCS#8
 *       PEM, JWT bearer flow) or {@code SF_CLIENT_SECRET}, {@code SF_PASSWORD} and {@code
 *       SF_SECURITY_TOKEN} (username-password flow); optional {@code SF_LOGIN_URL};
 *   <li>{@code HUBSPOT_TOKEN}: a private-app token.
 * </ul>
 */
final class LiveCrms extends Crms {

  private final String flow;

  private LiveCrms(Map<String, String> env) {
    super(
        listener ->
            SalesforceConnector.builder()
                .loginUrl(
                    URI.create(env.getOrDefault("SF_LOGIN_URL", "https://login.salesforce.com")))
                .auth(salesforceAuth(env))
                .options(ClientOptions.builder().listener(listener).build())
                .build(),
        listener ->
            HubSpotConnector.builder()
                .defaultObject("contacts")
                .auth(BearerTokenAuth.of(env.get("HUBSPOT_TOKEN")))
                .options(ClientOptions.builder().listener(listener).build())
                .build());
    flow = env.containsKey("SF_PRIVATE_KEY") ? "JWT bearer" : "username-password";
  }

  /** Live CRMs when the environment names both accounts; null otherwise. */
  static LiveCrms fromEnvironment(Map<String, String> env) {
    boolean salesforce =
        env.containsKey("SF_CLIENT_ID")
            && env.containsKey("SF_USERNAME")
            && (env.containsKey("SF_PRIVATE_KEY") || env.containsKey("SF_PASSWORD"));
    return salesforce && env.containsKey("HUBSPOT_TOKEN") ? new LiveCrms(env) : null;
  }

  private static AuthProvider salesforceAuth(Map<String, String> env) {
    if (env.containsKey("SF_PRIVATE_KEY")) {
      return OAuth2.jwtBearer(
          env.get("SF_CLIENT_ID"),
          env.get("SF_USERNAME"),
          PrivateKeys.fromPem(env.get("SF_PRIVATE_KEY")));
    }
    return OAuth2.password(
        env.get("SF_CLIENT_ID"),
        env.get("SF_CLIENT_SECRET"),
        env.get("SF_USERNAME"),
        env.get("SF_PASSWORD"),
        env.get("SF_SECURITY_TOKEN"));
  }

  @Override
  String mode() {
    return "live: your Salesforce org (" + flow + " flow) and HubSpot account";
  }

  @Override
  boolean offline() {
    return false;
  }
}
