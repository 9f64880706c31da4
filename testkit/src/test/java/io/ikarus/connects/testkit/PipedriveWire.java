package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A raw HTTP client for testing the fake Pipedrive's wire behaviour with the API token. */
final class PipedriveWire {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType TYPE = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
  private final FakePipedrive fake;

  record Reply(int status, JsonNode body, String text, Response raw) {
    String header(String name) {
      return raw.header(name);
    }
  }

  PipedriveWire(FakePipedrive fake) {
    this.fake = fake;
  }

  Reply get(String path) {
    return send(base(path).header("x-api-token", fake.apiToken()).get());
  }

  Reply post(String path, String json) {
    return send(
        base(path).header("x-api-token", fake.apiToken()).post(RequestBody.create(json, TYPE)));
  }

  Reply patch(String path, String json) {
    return send(
        base(path).header("x-api-token", fake.apiToken()).patch(RequestBody.create(json, TYPE)));
  }

  Reply delete(String path) {
    return send(base(path).header("x-api-token", fake.apiToken()).delete());
  }

  Request.Builder base(String path) {
    return new Request.Builder().url(fake.url() + path);
  }

  Reply send(Request.Builder request) {
    try (Response response = client.newCall(request.build()).execute()) {
      String text = response.body().string();
      JsonNode body = text.startsWith("{") ? JSON.readTree(text) : null;
      return new Reply(response.code(), body, text, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
