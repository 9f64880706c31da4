package io.ikarus.connects.minicrm;

import io.ikarus.connects.contract.ContractServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A small but honest fake CRM on MockWebServer: a client-credentials token endpoint, bearer-token
 * checks (401 once a token is expired), the {@link MiniCrmApi}, rate-limit headers on every answer,
 * and fault injection. Loopback only.
 */
public final class MiniCrmServer extends Dispatcher implements ContractServer, AutoCloseable {

  /** The client secret the token endpoint accepts. */
  public static final String SECRET = "s3cret-value";

  private final MockWebServer server = new MockWebServer();
  private final MiniCrmApi api = new MiniCrmApi();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final Deque<MockResponse> faults = new ArrayDeque<>();
  private volatile String validToken = "none";

  /** Starts the fake on 127.0.0.1. */
  public MiniCrmServer() {
    server.setDispatcher(this);
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The API's base URL. */
  public URI baseUrl() {
    return server.url("/v1/o").uri();
  }

  /** The server's root, for {@code authUrl}. */
  public URI rootUrl() {
    return server.url("/").uri();
  }

  @Override
  public int requestCount() {
    return requests.get();
  }

  /** Token requests served so far. */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Makes the current token invalid: the next API call gets 401. */
  public void expireToken() {
    validToken = "expired";
  }

  @Override
  public synchronized void failNext(int count, int status, Duration retryAfter) {
    for (int i = 0; i < count; i++) {
      MockResponse.Builder b =
          MiniCrmApi.error(status, "FAULT_" + status, "injected fault").newBuilder();
      if (retryAfter != null) {
        b.setHeader("Retry-After", retryAfter.toSeconds());
      }
      faults.add(b.build());
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals("/oauth/token")) {
      return token(request);
    }
    requests.incrementAndGet();
    MockResponse fault = nextFault();
    if (fault != null) {
      return fault;
    }
    String auth = request.getHeaders().get("Authorization");
    if (!("Bearer " + validToken).equals(auth)) {
      return MiniCrmApi.error(401, "INVALID_TOKEN", "token expired or invalid");
    }
    return api.handle(request)
        .newBuilder()
        .setHeader("X-RateLimit-Limit", 1000)
        .setHeader("X-RateLimit-Remaining", 999)
        .setHeader("X-RateLimit-Reset", 10)
        .build();
  }

  private synchronized MockResponse nextFault() {
    return faults.poll();
  }

  private MockResponse token(RecordedRequest request) {
    tokenRequests.incrementAndGet();
    String form = request.getBody() == null ? "" : request.getBody().utf8();
    if (!form.contains("client_secret=" + SECRET)) {
      return MiniCrmApi.json(
          400, Map.of("error", "invalid_client", "error_description", "client secret refused"));
    }
    synchronized (this) {
      validToken = "tok-" + tokenRequests.get();
    }
    return MiniCrmApi.json(
        200, Map.of("access_token", validToken, "token_type", "Bearer", "expires_in", 3600));
  }

  @Override
  public void close() {
    server.close();
  }
}
