package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import io.ikarus.connects.testkit.internal.quota.ConcurrencyLimit;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fake Dataverse environment behind the public {@code FakeDynamics}: the Entra token endpoint
 * {@code /{tenant}/oauth2/v2.0/token}, and the Web API under {@code /api/data/v9.2/} behind
 * bearer-token checks, the OData version headers and Dataverse's service-protection limits: a
 * sliding window of requests per user (a {@code $batch} counts once), beyond it a 429 with {@code
 * Retry-After} and error {@code 0x80072322}; and 52 concurrent requests, beyond them a 429 with
 * error {@code 0x80072326}. Every Web API answer carries the {@code x-ms-ratelimit-*} headers.
 * Serve it, then {@link #attach} the started server. Thread-safe.
 */
public final class DynamicsVendorApi implements VendorApi {

  private final OAuthGrants grants;
  private final EntraTokenEndpoint entra;
  private final SlidingWindowCounter budget;
  private final Duration window;
  private final ConcurrencyLimit concurrency = new ConcurrencyLimit(52);
  private final Clock clock;
  private final String tenantId;
  private final UUID userId = UUID.randomUUID();
  private volatile DataverseApi api;
  private volatile String url = "";

  /**
   * Creates the environment.
   *
   * @param certificate the registered client certificate, or null for secret-only auth
   * @param requestLimit service-protection requests per {@code window}
   */
  public DynamicsVendorApi(
      String tenantId,
      String clientId,
      String clientSecret,
      X509Certificate certificate,
      int requestLimit,
      Duration window,
      Clock clock) {
    this.clock = clock;
    this.tenantId = tenantId;
    this.budget = new SlidingWindowCounter(clock, window, 60, requestLimit);
    this.window = window;
    TokenRegistry tokens = new TokenRegistry(clock, EntraTokenEndpoint.LIFETIME);
    this.grants = new OAuthGrants(clock, tokens, "", "");
    grants.addClient(clientId, clientSecret, null);
    this.entra = new EntraTokenEndpoint(tenantId, grants, certificate, clock);
  }

  /** The token registry the server checks bearer tokens against. */
  public TokenRegistry tokens() {
    return grants.accessTokens();
  }

  /** Binds the environment to its started server: URLs and the concurrency gate. */
  public void attach(FakeHttpServer started) {
    started.limitConcurrency(concurrency, this::concurrencyRefusal);
    this.api = new DataverseApi(started.url() + OData.ROOT, clock, userId);
    this.url = started.url();
  }

  /** The Web API of the started environment, for the facade's direct reads and writes. */
  public DataverseApi dataverse() {
    DataverseApi a = api;
    if (a == null) {
      throw new IllegalStateException("the fake is not started");
    }
    return a;
  }

  /** The id {@code WhoAmI} reports. */
  public String userId() {
    return userId.toString();
  }

  /** A fresh valid access token, without a token request. */
  public String accessToken() {
    return grants.accessTokens().issue(EntraTokenEndpoint.TOKEN_PREFIX);
  }

  /** Changes the service-protection budget per window. */
  public void requestLimit(int requests) {
    budget.max(requests);
  }

  /** Changes the concurrent-request limit (default 52, Dataverse's per user). */
  public void concurrentRequestLimit(int requests) {
    concurrency.max(requests);
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
      return OData.error(ODataException.noResource(url + path));
    }
    String bearer = request.header("authorization");
    if (bearer == null || !bearer.startsWith("Bearer ") || !tokens().isValid(bearer.substring(7))) {
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
    if (!budget.tryAcquire()) {
      return rateHeaders(OData.error(exceeded()))
          .header("Retry-After", Integer.toString(budget.secondsToNextSlice()));
    }
    FakeResponse r =
        versionsOk(request)
            ? dataverse().handle(request)
            : OData.error(
                ODataException.badRequest(
                    "The request must carry the headers OData-MaxVersion: 4.0 and"
                        + " OData-Version: 4.0."));
    return rateHeaders(r);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    ODataException e =
        switch (status) {
          case 429 -> exceeded();
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

  /** The error of a request beyond the budget (0x80072322). */
  private ODataException exceeded() {
    return new ODataException(
        429,
        "0x80072322",
        "Number of requests exceeded the limit of "
            + budget.max()
            + " over time window of "
            + window.toSeconds()
            + " seconds.");
  }

  /** The 429 for a request beyond the concurrency limit (error 0x80072326). */
  private FakeResponse concurrencyRefusal() {
    String message =
        "Number of concurrent requests exceeded the limit of " + concurrency.max() + ".";
    return rateHeaders(OData.error(new ODataException(429, "0x80072326", message)))
        .header("Retry-After", "1");
  }

  /** Adds the remaining-budget headers. */
  private FakeResponse rateHeaders(FakeResponse r) {
    long left = Math.max(0, budget.max() - budget.used());
    return r.header("x-ms-ratelimit-burst-remaining-xrm-requests", Long.toString(left))
        .header("x-ms-ratelimit-time-remaining-xrm-requests", "1,200.00");
  }

  private static boolean versionsOk(FakeRequest request) {
    return "4.0".equals(request.header("odata-version"))
        && "4.0".equals(request.header("odata-maxversion"));
  }
}
