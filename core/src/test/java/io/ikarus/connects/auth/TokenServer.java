package io.ikarus.connects.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A token endpoint on 127.0.0.1 answering queued responses, optionally held back until a test opens
 * the gate (so that concurrent callers provably overlap one token request).
 */
final class TokenServer implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();
  private final BlockingQueue<MockResponse> responses = new LinkedBlockingQueue<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  TokenServer() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            gate.await(5, TimeUnit.SECONDS);
            MockResponse next = responses.poll(5, TimeUnit.SECONDS);
            return next != null ? next : new MockResponse.Builder().code(599).build();
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** A token response body; {@code expiresIn} and {@code refreshToken} may be null. */
  static String tokenJson(String accessToken, Integer expiresIn, String refreshToken) {
    StringBuilder b = new StringBuilder("{\"access_token\":\"" + accessToken + '"');
    b.append(",\"token_type\":\"Bearer\"");
    if (expiresIn != null) {
      b.append(",\"expires_in\":").append(expiresIn);
    }
    if (refreshToken != null) {
      b.append(",\"refresh_token\":\"").append(refreshToken).append('"');
    }
    return b.append('}').toString();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort() + "/services/oauth2/token");
  }

  void reply(String json) {
    reply(200, json);
  }

  void reply(int code, String json) {
    responses.add(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(json)
            .build());
  }

  /** Holds every response until the returned latch counts down. */
  CountDownLatch hold() {
    CountDownLatch latch = new CountDownLatch(1);
    gate = latch;
    return latch;
  }

  int requestCount() {
    return server.getRequestCount();
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a token request").isNotNull();
    return request;
  }

  /** The next request's form fields, in order. */
  Map<String, String> takeForm() throws InterruptedException {
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : request.getBody().utf8().split("&")) {
      int eq = pair.indexOf('=');
      form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
    }
    return form;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    gate.countDown();
    server.close();
  }
}
