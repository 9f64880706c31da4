package io.ikarus.connects.dynamics;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.dynamics.internal.DynamicsLimits;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.util.Objects;

/** What a {@link DynamicsConnector.Builder} resolves to: URLs, auth, limits. */
record DynamicsSettings(
    AuthProvider auth,
    ClientOptions options,
    VendorDefaults defaults,
    URI apiRoot,
    int requestLimit) {

  static final String DEFAULT_API_VERSION = "v9.2";
  static final String LOGIN = "https://login.microsoftonline.com/";

  /**
   * Resolves the settings.
   *
   * @param resourceUrl the environment URL, such as {@code https://org.crm.dynamics.com}
   * @param auth the credentials
   * @param options the transport options; {@code baseUrl} (a host, or a full API root) and {@code
   *     apiVersion} override the environment's
   */
  static DynamicsSettings of(
      URI resourceUrl, String tenantId, AuthProvider auth, ClientOptions options, String version) {
    Objects.requireNonNull(resourceUrl, "resourceUrl");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(auth, "auth: set clientSecret, certificate or auth");
    ClientOptions o = options == null ? ClientOptions.defaults() : options;
    String v = o.apiVersion().orElse(version);
    URI root = apiRoot(o.baseUrl().orElse(resourceUrl), v);
    VendorDefaults defaults =
        VendorDefaults.builder()
            .baseUrl(root)
            .tokenEndpoint(URI.create(LOGIN + tenantId + "/oauth2/v2.0/token"))
            .rateLimit(DynamicsLimits.defaults())
            .build();
    int limit =
        o.rateLimit()
            .map(r -> r.buckets().get("default"))
            .map(bucket -> (int) bucket.permits())
            .orElse(DynamicsLimits.REQUESTS);
    return new DynamicsSettings(auth, o, defaults, root, limit);
  }

  /** The scope a client-credentials token for {@code resourceUrl} needs. */
  static String scope(URI resourceUrl) {
    String s = resourceUrl.toString();
    return (s.endsWith("/") ? s.substring(0, s.length() - 1) : s) + "/.default";
  }

  private static URI apiRoot(URI base, String version) {
    String s = base.toString();
    s = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    String path = base.getRawPath();
    boolean hostOnly = path == null || path.isEmpty() || path.equals("/");
    return URI.create(hostOnly ? s + "/api/data/" + version : s);
  }
}
