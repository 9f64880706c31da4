package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.internal.FakeRequest;
import io.ikarus.connects.testkit.internal.FakeResponse;
import io.ikarus.connects.testkit.internal.VendorApi;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plugs {@link HubSpotApi} into the test kit's server: requests in, replies and journal counts out.
 */
public final class HubSpotVendorApi implements VendorApi {

  private final HubSpotApi api;

  /** Serves {@code api}. */
  public HubSpotVendorApi(HubSpotApi api) {
    this.api = api;
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
    Call call =
        new Call(request.method(), request.segments(), request.query(), headers, request.body());
    return toFake(api.handle(call, request.receivedNanos() / 1_000_000), records(call));
  }

  @Override
  public FakeResponse errorResponse(int status) {
    if (status == 429) {
      return toFake(
          Errors.rateLimited(
              "TEN_SECONDLY_ROLLING", "You have reached your ten_secondly_rolling limit."),
          0);
    }
    String category =
        switch (status) {
          case 401 -> "INVALID_AUTHENTICATION";
          case 403 -> "MISSING_SCOPES";
          case 404 -> "OBJECT_NOT_FOUND";
          case 409 -> "CONFLICT";
          default -> status >= 500 ? null : "VALIDATION_ERROR";
        };
    String message = status >= 500 ? "internal error" : "request refused (HTTP " + status + ")";
    return toFake(Errors.reply(status, category, message, null), 0);
  }

  /** How many records a call carries: a batch's inputs, else one. */
  private static int records(Call call) {
    if (!call.path().contains("batch") || call.body().isEmpty()) {
      return 1;
    }
    try {
      JsonNode inputs = Json.parse(call.body()).path("inputs");
      return inputs.isArray() ? inputs.size() : 0;
    } catch (BadRequest e) {
      return 0;
    }
  }

  private static FakeResponse toFake(Reply reply, int records) {
    String type = reply.headers().get("Content-Type");
    FakeResponse r =
        reply.body().isEmpty()
            ? FakeResponse.empty(reply.status())
            : FakeResponse.text(reply.status(), type, reply.body());
    reply
        .headers()
        .forEach(
            (k, v) -> {
              if (!k.equals("Content-Type")) {
                r.header(k, v);
              }
            });
    return r.records(reply.status() < 300 ? records : 0);
  }
}
