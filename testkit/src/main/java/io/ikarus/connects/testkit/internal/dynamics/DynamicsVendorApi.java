package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire side of the fake environment: the Entra token endpoint {@code
 * /{tenant}/oauth2/v2.0/token}, and the Web API under {@code /api/data/v9.2/} behind bearer-token
 * checks, the OData version headers and service protection.
 */
final class DynamicsVendorApi implements VendorApi {

  static final String ROOT = "/api/data/v9.2/";

  private final java.util.function.Supplier<DataverseApi> api;
  private final EntraTokenEndpoint entra;
  private final TokenRegistry tokens;
  private final ServiceProtection protection;
  private final String tenantId;
  private volatile String url = "";

  DynamicsVendorApi(
      java.util.function.Supplier<DataverseApi> api,
      EntraTokenEndpoint entra,
      TokenRegistry tokens,
      ServiceProtection protection,
      String tenantId) {
    this.api = api;
    this.entra = entra;
    this.tokens = tokens;
    this.protection = protection;
    this.tenantId = tenantId;
  }

  /** Sets the base URL once the server listens. */
  void url(String url) {
    this.url = url;
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    String path = request.path();
    List<String> segments = request.segments();
    if (segments.size() == 4
        && path.endsWith("/oauth2/v2.0/token")
        && request.method().equals("POST")) {
      return toFake(
          entra.token(segments.get(0), InnerRequests.query(request.body()), url + path, url), 0);
    }
    if (!path.startsWith(ROOT) && !path.equals(ROOT.substring(0, ROOT.length() - 1))) {
      return toFake(
          ApiResponse.error(
              new ODataException(
                  404,
                  "",
                  "No HTTP resource was found that matches the request URI '" + url + path + "'.")),
          0);
    }
    String bearer = request.header("authorization");
    if (bearer == null || !bearer.startsWith("Bearer ") || !tokens.isValid(bearer.substring(7))) {
      return toFake(
          ApiResponse.empty(
              401,
              Map.of(
                  "WWW-Authenticate",
                  "Bearer authorization_uri=https://login.microsoftonline.com/"
                      + tenantId
                      + "/oauth2/authorize, resource_id="
                      + url
                      + "/")),
          0);
    }
    ApiResponse throttled = protection.admit();
    if (throttled != null) {
      return toFake(throttled, 0);
    }
    ApiResponse r =
        versionsOk(request)
            ? api.get().handle(apiRequest(request))
            : ApiResponse.error(
                ODataException.badRequest(
                    "The request must carry the headers OData-MaxVersion: 4.0 and"
                        + " OData-Version: 4.0."));
    return toFake(protection.headers(r), r.records());
  }

  /** The 429 for a request beyond {@code limit} concurrent ones. */
  FakeResponse concurrencyRefusal(int limit) {
    return toFake(protection.concurrencyRefusal(limit), 0);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    ODataException e =
        switch (status) {
          case 429 ->
              new ODataException(
                  429,
                  "0x80072322",
                  "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");
          case 404 -> new ODataException(404, "0x80040217", "The requested record was not found.");
          case 401 -> new ODataException(401, "", "The access token is invalid or has expired.");
          default ->
              new ODataException(
                  status,
                  status >= 500 ? "0x80040216" : "0x0",
                  status >= 500 ? "An unexpected error occurred." : "The request failed.");
        };
    return toFake(ApiResponse.error(e), 0);
  }

  private static boolean versionsOk(FakeRequest request) {
    return "4.0".equals(request.header("odata-version"))
        && "4.0".equals(request.header("odata-maxversion"));
  }

  private static ApiRequest apiRequest(FakeRequest request) {
    Map<String, String> query = new LinkedHashMap<>();
    request.query().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
    String path = request.path();
    String resource = path.length() <= ROOT.length() ? "" : path.substring(ROOT.length());
    return new ApiRequest(request.method(), resource, query, headers, request.body());
  }

  private static FakeResponse toFake(ApiResponse r, int records) {
    String type = r.headers().get("Content-Type");
    FakeResponse f =
        r.body().isEmpty() && type == null
            ? FakeResponse.empty(r.status())
            : FakeResponse.text(r.status(), type == null ? "text/plain" : type, r.body());
    r.headers()
        .forEach(
            (k, v) -> {
              if (!k.equals("Content-Type")) {
                f.header(k, v);
              }
            });
    return f.records(records);
  }
}
