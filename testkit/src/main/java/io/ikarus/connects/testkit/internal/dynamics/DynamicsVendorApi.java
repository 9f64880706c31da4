package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.util.List;
import java.util.Map;

/**
 * The wire side of the fake environment: the Entra token endpoint {@code
 * /{tenant}/oauth2/v2.0/token}, and the Web API under {@code /api/data/v9.2/} behind bearer-token
 * checks, the OData version headers and service protection.
 */
final class DynamicsVendorApi implements VendorApi {

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
      return entra.token(segments.get(0), Forms.parse(request.body()), url + path, url);
    }
    if (!path.startsWith(OData.ROOT)
        && !path.equals(OData.ROOT.substring(0, OData.ROOT.length() - 1))) {
      return OData.error(
          new ODataException(
              404,
              "",
              "No HTTP resource was found that matches the request URI '" + url + path + "'."));
    }
    String bearer = request.header("authorization");
    if (bearer == null || !bearer.startsWith("Bearer ") || !tokens.isValid(bearer.substring(7))) {
      return OData.empty(
          401,
          Map.of(
              "WWW-Authenticate",
              "Bearer authorization_uri=https://login.microsoftonline.com/"
                  + tenantId
                  + "/oauth2/authorize, resource_id="
                  + url
                  + "/"));
    }
    FakeResponse throttled = protection.admit();
    if (throttled != null) {
      return throttled;
    }
    FakeResponse r =
        versionsOk(request)
            ? api.get().handle(request)
            : OData.error(
                ODataException.badRequest(
                    "The request must carry the headers OData-MaxVersion: 4.0 and"
                        + " OData-Version: 4.0."));
    return protection.headers(r);
  }

  /** The 429 for a request beyond {@code limit} concurrent ones. */
  FakeResponse concurrencyRefusal(int limit) {
    return protection.concurrencyRefusal(limit);
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
    return OData.error(e);
  }

  private static boolean versionsOk(FakeRequest request) {
    return "4.0".equals(request.header("odata-version"))
        && "4.0".equals(request.header("odata-maxversion"));
  }
}
