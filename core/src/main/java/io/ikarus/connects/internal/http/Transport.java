package io.ikarus.connects.internal.http;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ResponseTooLargeException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests with OkHttp asynchronously and reads each body up to a cap. With its own client it
 * also tells a failure before the request was fully written apart ({@link WriteTracking}); a
 * caller-supplied client keeps its own event listener, and then no failure counts as unsent.
 * Cancelling a returned future cancels its call; {@link #close()} cancels an owned client's calls
 * and releases its threads and connections. A caller-supplied client is left alone, its other calls
 * included: the engine cancels each of its own calls when it closes (so no set of calls in flight
 * is kept here, one entry and two updates of a shared set per request). Thread-safe.
 */
public final class Transport implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  private final OkHttpClient client;
  private final boolean owned;
  private final boolean tracked;
  private final String connector;
  private final long maxBytes;
  private final Clock clock;

  /** Creates the transport of {@code connector}. */
  public Transport(String connector, ClientOptions options, int maxConcurrent) {
    this.client = HttpClients.create(options, maxConcurrent);
    this.owned = options.httpClient().isEmpty();
    this.tracked = owned;
    this.connector = connector;
    this.maxBytes = options.maxResponseBytes();
    this.clock = options.clock();
  }

  /** The client calls are made with. */
  public OkHttpClient client() {
    return client;
  }

  /**
   * Sends {@code request}; the future completes with the response (any status) or exceptionally
   * with the {@link IOException} of a failed call or a {@link ResponseTooLargeException}, and
   * {@code then} receives the same right after, once, on the thread that completed it (the call's
   * or a canceller's): no completion stage is needed to follow the call.
   */
  public CompletableFuture<ApiResponse> send(
      Request request, ApiRequest apiRequest, BiConsumer<ApiResponse, Throwable> then) {
    WriteTracking.Mark mark = tracked ? new WriteTracking.Mark() : null;
    Call call = tracked ? WriteTracking.newCall(client, request, mark) : client.newCall(request);
    InFlight flight = new InFlight(apiRequest, mark, call, then);
    call.enqueue(flight);
    return flight;
  }

  /**
   * One call's future and OkHttp callback in one object (a request costs one allocation here, not a
   * future, a callback and a completion stage); cancelling it cancels the call. Whoever completes
   * it tells {@code then}.
   */
  private final class InFlight extends CompletableFuture<ApiResponse> implements Callback {
    private final ApiRequest apiRequest;
    private final WriteTracking.Mark mark;
    private final Call call;
    private final BiConsumer<ApiResponse, Throwable> then;

    InFlight(
        ApiRequest apiRequest,
        WriteTracking.Mark mark,
        Call call,
        BiConsumer<ApiResponse, Throwable> then) {
      this.apiRequest = apiRequest;
      this.mark = mark;
      this.call = call;
      this.then = then;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (isCancelled()) {
        call.cancel();
      }
      if (cancelled) {
        tell(null, new CancellationException());
      }
      return cancelled;
    }

    @Override
    public void onFailure(Call c, IOException e) {
      if (!c.isCanceled()) {
        // The server may have closed its idle connections (a load balancer's idle timer): the
        // others waiting in the pool are then as stale as this one was, and a retry taking the
        // next would fail the same way. Drop them; in-use ones are untouched.
        client.connectionPool().evictAll();
      }
      fail(tracked ? WriteTracking.classify(e, mark) : e);
    }

    @Override
    public void onResponse(Call c, Response response) {
      ApiResponse read;
      try (response) {
        read = read(response, apiRequest);
      } catch (IOException | RuntimeException e) {
        fail(e);
        return;
      }
      if (complete(read)) {
        tell(read, null);
      }
    }

    private void fail(Throwable e) {
      if (completeExceptionally(e)) {
        tell(null, e);
      }
    }

    /** A continuation's bug must not kill OkHttp's thread nor reach the sender twice. */
    private void tell(ApiResponse response, Throwable error) {
      try {
        then.accept(response, error);
      } catch (RuntimeException e) {
        LOG.error("[{}] a call's continuation failed", connector, e);
      }
    }
  }

  private ApiResponse read(Response response, ApiRequest apiRequest) throws IOException {
    ResponseBody body = response.body();
    if (body.contentLength() > maxBytes) {
      throw tooLarge(response, apiRequest);
    }
    // Buffered in the source's own buffer (no second one), at most one read past the cap.
    BufferedSource source = body.source();
    if (source.request(maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1)) {
      throw tooLarge(response, apiRequest);
    }
    return ApiResponse.of(
        apiRequest,
        connector,
        response.code(),
        response.headers().toMultimap(),
        source.readByteArray(),
        clock.instant());
  }

  private ResponseTooLargeException tooLarge(Response response, ApiRequest apiRequest) {
    return new ResponseTooLargeException(
        new ErrorContext(connector, apiRequest.operation(), response.code(), null, null), maxBytes);
  }

  @Override
  public void close() {
    if (owned) {
      client.dispatcher().cancelAll();
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
