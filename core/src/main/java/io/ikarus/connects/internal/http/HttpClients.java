package io.ikarus.connects.internal.http;

import io.ikarus.connects.ClientOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Makes the OkHttp client a connector uses. */
final class HttpClients {

  /**
   * How long an idle pooled connection is kept: below the idle timeouts vendors' load balancers
   * typically use (60 s and more), so that the pool does not hand out a connection the server is
   * closing.
   */
  static final Duration IDLE = Duration.ofSeconds(20);

  private HttpClients() {}

  /**
   * Derives from the caller's client (sharing its pool and dispatcher) or builds a new one sized
   * for {@code maxConcurrent} calls.
   */
  static OkHttpClient create(ClientOptions options, int maxConcurrent) {
    OkHttpClient.Builder b;
    if (options.httpClient().isPresent()) {
      b = options.httpClient().get().newBuilder();
    } else {
      // OkHttp's default allows 5 calls per host; the bulkhead is the real concurrency limit.
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(maxConcurrent + 4);
      dispatcher.setMaxRequestsPerHost(maxConcurrent + 4);
      b =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectionPool(
                  new ConnectionPool(maxConcurrent + 4, IDLE.toSeconds(), TimeUnit.SECONDS))
              .eventListenerFactory(WriteTracking.factory());
    }
    b.addNetworkInterceptor(new CrossOriginRedirects());
    // OkHttp would silently re-send a request, a POST included, when a pooled connection turns out
    // stale. Whether a request is safe to send twice is the resilience engine's decision: it knows
    // which requests are idempotent and which failures prove the server never saw the request.
    b.retryOnConnectionFailure(false);
    b.connectTimeout(options.connectTimeout());
    b.readTimeout(options.readTimeout());
    b.writeTimeout(options.readTimeout());
    b.callTimeout(options.callTimeout());
    options.proxy().ifPresent(b::proxy);
    return b.build();
  }
}
