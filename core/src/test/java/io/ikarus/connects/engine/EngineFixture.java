package io.ikarus.connects.engine;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.EventRecorder;
import io.ikarus.connects.contract.RecordingScheduler;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.resilience.RetrySettings;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer on loopback, a recording scheduler and listener, and helpers. */
abstract class EngineFixture {

  protected final MockWebServer server = new MockWebServer();
  protected final RecordingScheduler scheduler = new RecordingScheduler(1000);
  protected final EventRecorder events = new EventRecorder();
  protected final ConnectorListener listener = events;

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stopServer() {
    server.close();
    scheduler.shutdownNow();
  }

  /** Options reaching the server, recording waits, fast retries. */
  protected ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(server.url("/v1/o").uri())
        .scheduler(scheduler)
        .listener(listener)
        .retry(RetrySettings.builder().baseDelay(Duration.ofMillis(100)).build());
  }

  /** A probe connector with a static bearer token. */
  protected ProbeConnector connector(ClientOptions options) {
    return new ProbeConnector(BearerTokenAuth.of("static-token-value"), options);
  }

  /** The server under another host name: the same socket, but another origin. */
  protected String otherOrigin() {
    String host = server.url("/").host().equals("localhost") ? "127.0.0.1" : "localhost";
    return "http://" + host + ":" + server.getPort();
  }

  /** A client that counts {@code canceled} down when OkHttp cancels one of its calls. */
  protected static OkHttpClient cancelSignalling(CountDownLatch canceled) {
    return new OkHttpClient.Builder()
        .eventListener(
            new EventListener() {
              @Override
              public void canceled(Call call) {
                canceled.countDown();
              }
            })
        .build();
  }

  /** Events of one type, in order. */
  protected <T> List<T> events(Class<T> type) {
    return events.of(type);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static <T> T await(CompletableFuture<T> future) {
    return io.ikarus.connects.contract.Await.await(future);
  }
}
