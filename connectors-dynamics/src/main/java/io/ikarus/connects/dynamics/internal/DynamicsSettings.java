package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@code DynamicsConnector.Builder} resolves to: the credentials, the Web API root, the
 * token endpoint of the tenant, the limiter and the request budget the service reports against.
 *
 * @param auth the credentials
 * @param defaults the vendor defaults for the connector's base (API root, token endpoint, limiter)
 * @param apiRoot the Web API root, such as {@code https://org.crm.dynamics.com/api/data/v9.2}
 * @param requestLimit the requests per window the limiter allows, for the service's budget reports
 * @param clock the clock of the transport options, for batch answers' receive times
 */
public record DynamicsSettings(
    AuthProvider auth, VendorDefaults defaults, URI apiRoot, int requestLimit, Clock clock) {

  /** The OData version headers every Web API call carries. */
  public static final Map<String, String> ODATA_HEADERS =
      Map.of("OData-MaxVersion", "4.0", "OData-Version", "4.0", "Accept", "application/json");

  /** The Web API version used unless the builder or {@code ClientOptions.apiVersion} says so. */
  public static final String DEFAULT_API_VERSION = "v9.2";

  /** The Microsoft Entra authority that issues tokens unless the builder says otherwise. */
  public static final URI LOGIN = URI.create("https://login.microsoftonline.com");

  /**
   * Resolves the settings.
   *
   * @param resourceUrl the environment URL, such as {@code https://org.crm.dynamics.com}
   * @param authority the Entra authority, such as {@link #LOGIN}
   * @param tenantId the directory (tenant) id
   * @param auth the credentials set as such, or null
   * @param grant the client credentials to scope to {@code resourceUrl} when {@code auth} is null
   * @param options the transport options; {@code baseUrl} (a host, or a full API root) and {@code
   *     apiVersion} override the environment's
   * @param version the Web API version
   * @throws NullPointerException naming {@code resourceUrl} or {@code tenantId} when missing
   * @throws IllegalStateException when neither {@code auth} nor {@code grant} is set
   */
  public static DynamicsSettings of(
      URI resourceUrl,
      URI authority,
      String tenantId,
      AuthProvider auth,
      OAuth2 grant,
      ClientOptions options,
      String version) {
    Objects.requireNonNull(resourceUrl, "resourceUrl");
    Objects.requireNonNull(tenantId, "tenantId");
    AuthProvider credentials = auth(auth, grant, resourceUrl);
    URI root = apiRoot(options.baseUrl().orElse(resourceUrl), options.apiVersion().orElse(version));
    VendorDefaults defaults =
        VendorDefaults.builder()
            .baseUrl(root)
            .tokenEndpoint(tokenEndpoint(authority, tenantId))
            .rateLimit(DynamicsLimits.defaults())
            .build();
    int limit =
        options
            .rateLimit()
            .map(r -> r.buckets().get("default"))
            .map(bucket -> (int) bucket.permits())
            .orElse(DynamicsLimits.REQUESTS);
    return new DynamicsSettings(credentials, defaults, root, limit, options.clock());
  }

  /** The scope a client-credentials token for {@code resourceUrl} needs. */
  public static String scope(URI resourceUrl) {
    return trimSlash(resourceUrl.toString()) + "/.default";
  }

  private static AuthProvider auth(AuthProvider auth, OAuth2 grant, URI resourceUrl) {
    if (auth != null) {
      return auth;
    }
    if (grant == null) {
      throw new IllegalStateException(
          "DynamicsConnector needs clientSecret(...), certificate(...) or auth(...)");
    }
    return grant.withScope(scope(resourceUrl));
  }

  /** The authority's token endpoint of the tenant; an authority with a path is the endpoint. */
  private static URI tokenEndpoint(URI authority, String tenantId) {
    return hostOnly(authority)
        ? authority.resolve("/" + tenantId + "/oauth2/v2.0/token")
        : authority;
  }

  private static boolean hostOnly(URI url) {
    String path = url.getRawPath();
    return path == null || path.isEmpty() || path.equals("/");
  }

  private static URI apiRoot(URI base, String version) {
    String s = trimSlash(base.toString());
    return URI.create(hostOnly(base) ? s + "/api/data/" + version : s);
  }

  private static String trimSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
