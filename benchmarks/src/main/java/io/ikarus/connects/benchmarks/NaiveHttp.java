package io.ikarus.connects.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The naive baseline's HTTP: plain OkHttp, one blocking call at a time, and on a 429 a fixed sleep
 * before sending the same request again, as most hand-written integrations do. Counts calls and
 * 429s. Not thread-safe.
 */
public final class NaiveHttp implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

  private final OkHttpClient client = new OkHttpClient();
  private final Duration sleepOn429;
  private long calls;
  private long throttled;

  /** A client sleeping {@code sleepOn429} after each 429. */
  public NaiveHttp(Duration sleepOn429) {
    this.sleepOn429 = sleepOn429;
  }

  /**
   * Sends until the answer is not a 429 and returns its body.
   *
   * @throws IllegalStateException for any other non-2xx answer
   */
  public String send(Request request) {
    while (true) {
      calls++;
      try (Response response = client.newCall(request).execute()) {
        String body = response.body().string();
        if (response.code() == 429) {
          throttled++;
          sleep();
          continue;
        }
        if (!response.isSuccessful()) {
          throw new IllegalStateException(
              request.method() + " " + request.url().encodedPath() + " -> " + response.code());
        }
        return body;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code value} as a JSON request body. */
  static RequestBody json(Object value) {
    try {
      return RequestBody.create(JSON.writeValueAsBytes(value), APPLICATION_JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /** Parses a JSON answer. */
  static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the fake answered malformed JSON", e);
    }
  }

  /** Calls sent, retries included. */
  public long calls() {
    return calls;
  }

  /** 429 answers received. */
  public long throttled() {
    return throttled;
  }

  private void sleep() {
    try {
      Thread.sleep(sleepOn429.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
