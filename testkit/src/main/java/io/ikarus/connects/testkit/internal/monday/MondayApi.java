package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTTP face of the fake: {@code POST /v2} with a JSON body, the {@code Authorization} token
 * (raw, as monday's samples send it) and a pinned {@code API-Version}. Transport-level failures use
 * real HTTP codes (400, 401, 404, 405, 429); application errors HTTP 200 with an {@code errors}
 * array.
 */
public final class MondayApi implements VendorApi {

  private static final Pattern VERSION = Pattern.compile("20(2[4-9])-(01|04|07|10)");

  private final MondayGraphQl engine;
  private final String apiToken;
  private final SlidingWindowCounter requests;

  /** Creates the API; {@code requests} limits requests per minute (null: unlimited). */
  public MondayApi(MondayGraphQl engine, String apiToken, SlidingWindowCounter requests) {
    this.engine = engine;
    this.apiToken = apiToken;
    this.requests = requests;
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    FakeResponse rejected = reject(request);
    if (rejected != null) {
      return rejected;
    }
    JsonNode json;
    try {
      json = Json.parse(request.body());
    } catch (JsonProcessingException e) {
      return error(400, "JsonParseException", "Unexpected token in request body");
    }
    if (json == null || !json.path("query").isTextual()) {
      return error(400, "INVALID_REQUEST", "The request body has no query");
    }
    return engine.execute(json, request.body());
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return switch (status) {
      case 401 -> error(401, "UNAUTHENTICATED", "Not Authenticated");
      case 403 -> error(403, "UserUnauthorizedException", "User unauthorized to perform action");
      case 404 -> error(404, "NOT_FOUND", "Not Found");
      case 429 -> error(429, "RATE_LIMIT_EXCEEDED", "Rate Limit Exceeded");
      default ->
          status >= 500
              ? error(status, "INTERNAL_SERVER_ERROR", "Internal server error")
              : error(status, "INVALID_REQUEST", "Bad request");
    };
  }

  private FakeResponse reject(FakeRequest request) {
    if (!"/v2".equals(request.path())) {
      return error(404, "NOT_FOUND", "Not Found");
    }
    if (!"POST".equals(request.method())) {
      return error(405, "METHOD_NOT_ALLOWED", "Use POST");
    }
    String token = request.header("authorization");
    if (token == null || !token.equals(apiToken)) {
      return errorResponse(401);
    }
    String version = request.header("api-version");
    if (version == null || !VERSION.matcher(version).matches()) {
      return error(
          400,
          "INVALID_API_VERSION",
          "API-Version header must name a supported version (YYYY-01/04/07/10)");
    }
    if (!request.mediaType().equals("application/json")) {
      return error(400, "INVALID_CONTENT_TYPE", "Content-Type must be application/json");
    }
    if (requests != null && !requests.tryAcquire()) {
      int wait = requests.secondsToNextSlice();
      return error(429, "RATE_LIMIT_EXCEEDED", "Rate Limit Exceeded")
          .header("Retry-After", Integer.toString(wait));
    }
    return null;
  }

  private static FakeResponse error(int status, String code, String message) {
    Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", code));
    return FakeResponse.json(status, Map.of("errors", List.of(error)));
  }
}
