package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client for driving a FakeSalesforce in tests. */
final class SfHttp {

  static final MediaType JSON = MediaType.get("application/json");
  static final ObjectMapper MAPPER = new ObjectMapper();

  final OkHttpClient client = new OkHttpClient();
  final FakeSalesforce sf;
  String token;

  /** The answer to one call. */
  record Answer(int status, okhttp3.Headers headers, String body) {
    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  SfHttp(FakeSalesforce sf) {
    this.sf = sf;
    this.token = sf.issueAccessToken();
  }

  Answer get(String path) {
    return call(request(path).get().build());
  }

  Answer post(String path, String json) {
    return call(request(path).post(RequestBody.create(json, JSON)).build());
  }

  Answer patch(String path, String json) {
    return call(request(path).patch(RequestBody.create(json, JSON)).build());
  }

  Answer delete(String path) {
    return call(request(path).delete().build());
  }

  Answer send(String method, String path, RequestBody body) {
    return call(request(path).method(method, body).build());
  }

  Answer form(FormBody body) {
    return call(new Request.Builder().url(sf.tokenUrl()).post(body).build());
  }

  /** A request to {@code path} (relative to the latest data path unless it starts with "/"). */
  Request.Builder request(String path) {
    String full = path.startsWith("/") ? path : sf.dataPath() + "/" + path;
    Request.Builder b = new Request.Builder().url(sf.url() + full);
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  Answer call(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a record through the API and returns its id. */
  String create(String object, String json) {
    Answer a = post("sobjects/" + object + "/", json);
    if (a.status() != 201) {
      throw new AssertionError("create failed: " + a.status() + " " + a.body());
    }
    return a.json().get("id").asText();
  }
}
