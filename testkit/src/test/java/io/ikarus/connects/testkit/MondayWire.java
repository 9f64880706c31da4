package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A raw GraphQL client for testing the fake's wire behaviour. */
final class MondayWire {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType TYPE = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final FakeMonday fake;

  record Reply(int status, JsonNode body, String retryAfter) {}

  MondayWire(FakeMonday fake) {
    this.fake = fake;
  }

  Reply post(String query, Map<String, Object> variables) {
    return send(query, variables, fake.apiToken(), "2025-10");
  }

  Reply send(String query, Map<String, Object> variables, String token, String version) {
    try {
      String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
      Request.Builder request =
          new Request.Builder().url(fake.url() + "/v2").post(RequestBody.create(body, TYPE));
      if (token != null) {
        request.header("Authorization", token);
      }
      if (version != null) {
        request.header("API-Version", version);
      }
      try (Response response = client.newCall(request.build()).execute()) {
        return new Reply(
            response.code(),
            JSON.readTree(response.body().string()),
            response.header("Retry-After"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
