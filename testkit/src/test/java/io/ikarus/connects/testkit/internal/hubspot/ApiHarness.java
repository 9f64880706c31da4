package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Calls a {@link HubSpotApi} in-process, authenticated with a private-app token. */
final class ApiHarness {

  static final String TOKEN = "pat-na1-test";

  final HubSpotApi api;

  ApiHarness(Clock clock) {
    api = new HubSpotApi(clock, new TokenRegistry(clock, Duration.ofMinutes(30)));
    api.tokens().addPrivateAppToken(TOKEN);
  }

  FakeResponse call(String method, String target, String body) {
    return api.handle(
        FakeRequest.of(
            method,
            target,
            Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/json"),
            body));
  }

  FakeResponse get(String target) {
    return call("GET", target, "");
  }

  FakeResponse post(String target, String body) {
    return call("POST", target, body);
  }

  static JsonNode json(FakeResponse reply) {
    return Wire.parse(reply.body());
  }

  /** Single quotes stand for double quotes, to keep JSON in tests readable. */
  static String q(String json) {
    return json.replace('\'', '"');
  }
}
