package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salesforce's wire behaviour: the OAuth token endpoint, the version list, and the versioned REST,
 * Composite and Bulk API 2.0 resources behind a bearer token and the daily API allocation ({@code
 * Sforce-Limit-Info} on every versioned response). It serves API versions 31.0 (Summer '14) to 66.0
 * (Spring '26).
 */
final class SalesforceApi implements VendorApi {

  private static final int OLDEST = 31;
  private static final int LATEST = 66;
  private static final Pattern VERSION = Pattern.compile("v(\\d{2})\\.0");
  private static final String[] SEASONS = {"Spring", "Winter", "Summer"};

  private final SfOrg org;
  private final SfTokenEndpoint tokenEndpoint;

  /** The versioned resources by their first path segment, in the order the resource list shows. */
  private final Map<String, Function<SfCall, FakeResponse>> resources = new LinkedHashMap<>();

  SalesforceApi(SfOrg org) {
    this.org = org;
    this.tokenEndpoint = new SfTokenEndpoint(org);
    QueryResource query = new QueryResource(org);
    resources.put("sobjects", new SObjectsResource(org)::route);
    resources.put("query", call -> query.route(call, false));
    resources.put("queryAll", call -> query.route(call, true));
    resources.put("composite", new CollectionsResource(org)::route);
    resources.put("jobs", new BulkResource(org)::route);
    resources.put("limits", this::limits);
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    List<String> s = routed(request.segments());
    if (s.equals(List.of("services", "oauth2", "token"))) {
      return tokenEndpoint.handle(request);
    }
    if (s.size() < 2 || !s.get(0).equals("services") || !s.get(1).equals("data")) {
      return SfError.notFound();
    }
    if (s.size() == 2) {
      return request.method().equals("GET")
          ? FakeResponse.json(200, versions())
          : SfError.methodNotAllowed(request.method(), "GET,HEAD");
    }
    int version = version(s.get(2));
    if (version < 0) {
      return SfError.notFound();
    }
    return versioned(new SfCall(request, version, s.subList(3, s.size())));
  }

  /**
   * The segments Salesforce routes by: it decodes {@code %2F} before routing, so an encoded slash
   * in an external id still separates segments (and the upsert answers 404).
   */
  private static List<String> routed(List<String> decoded) {
    return decoded.stream()
        .flatMap(segment -> Arrays.stream(segment.split("/")))
        .filter(part -> !part.isEmpty())
        .toList();
  }

  /** The major version of a path segment like {@code v66.0}, or -1 when not served. */
  private static int version(String segment) {
    Matcher m = VERSION.matcher(segment);
    if (!m.matches()) {
      return -1;
    }
    int major = Integer.parseInt(m.group(1));
    return major >= OLDEST && major <= LATEST ? major : -1;
  }

  /** The body of {@code GET /services/data/}. */
  private static ArrayNode versions() {
    ArrayNode versions = Json.array();
    for (int v = OLDEST; v <= LATEST; v++) {
      versions
          .addObject()
          .put("label", label(v))
          .put("url", "/services/data/v" + v + ".0")
          .put("version", v + ".0");
    }
    return versions;
  }

  private static String label(int version) {
    int k = LATEST - version;
    int year = 26 - (k + 1) / 3;
    return SEASONS[k % 3] + " '" + String.format("%02d", year);
  }

  private FakeResponse versioned(SfCall call) {
    if (!authorized(call.request())) {
      return SfError.invalidSession();
    }
    FakeResponse response;
    if (!org.apiUsage.tryAcquire()) {
      response = errorResponse(403);
    } else {
      try {
        response = route(call);
      } catch (SfFailure e) {
        response = e.response();
      }
    }
    return response.header(
        "Sforce-Limit-Info", "api-usage=" + org.apiUsage.used() + "/" + org.apiUsage.max());
  }

  /** Routes {@code /services/data/vXX.X/<resource>/...} to the resource handlers. */
  private FakeResponse route(SfCall call) {
    if (call.path().isEmpty()) {
      ObjectNode body = Json.object();
      resources.keySet().forEach(name -> body.put(name, call.base() + "/" + name));
      return FakeResponse.json(200, body);
    }
    Function<SfCall, FakeResponse> resource = resources.get(call.segment(0));
    return resource == null ? SfError.notFound() : resource.apply(call.skip(1));
  }

  private FakeResponse limits(SfCall call) {
    if (!call.method().equals("GET")) {
      return SfError.methodNotAllowed(call.method(), "GET,HEAD");
    }
    ObjectNode body = Json.object();
    body.putObject("DailyApiRequests")
        .put("Max", org.apiUsage.max())
        .put("Remaining", Math.max(0, org.apiUsage.max() - org.apiUsage.used()));
    return FakeResponse.json(200, body);
  }

  private boolean authorized(FakeRequest request) {
    String header = Objects.requireNonNullElse(request.header("authorization"), "");
    String token =
        header.startsWith("Bearer ")
            ? header.substring(7)
            : header.startsWith("OAuth ") ? header.substring(6) : null;
    return org.tokens.isValid(token == null ? null : token.trim());
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return switch (status) {
      case 401 -> SfError.invalidSession();
      case 403 ->
          SfError.of("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.").response(403);
      case 404 -> SfError.notFound();
      case 503 -> SfError.of("SERVER_UNAVAILABLE", "Server is unavailable").response(503);
      case 500 -> SfError.of("UNKNOWN_EXCEPTION", "An unexpected error occurred").response(500);
      default -> SfError.of("UNKNOWN_EXCEPTION", "HTTP " + status).response(status);
    };
  }
}
