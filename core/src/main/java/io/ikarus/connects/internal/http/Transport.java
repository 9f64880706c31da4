package io.ikarus.connects.internal.http;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ResponseTooLargeException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Sends requests with OkHttp asynchronously and reads each body up to a cap. With its own client it
 * also tells a failure before the request was fully written apart ({@link WriteTracking}); a
 * caller-supplied client keeps its own event listener, and then no failure counts as unsent.
 * Cancelling a returned future cancels its call; {@link #close()} cancels every call in flight and
 * releases an owned client's threads and connections (a caller-supplied client is left alone).
 * Thread-safe.
 */
public final class Transport implements AutoCloseable {

  private final OkHttpClient client;
  private final boolean owned;
  private final boolean tracked;
  private final String connector;
  private final long maxBytes;
  private final Clock clock;
  private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

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
   * with the {@link IOException} of a failed call or a {@link ResponseTooLargeException}.
   */
  public CompletableFuture<ApiResponse> send(Request request, ApiRequest apiRequest) {
    WriteTracking.Mark mark = new WriteTracking.Mark();
    Call call = client.newCall(tracked ? WriteTracking.tagged(request, mark) : request);
    CompletableFuture<ApiResponse> future = new CompletableFuture<>();
    inFlight.add(call);
    future.whenComplete(
        (r, e) -> {
          inFlight.remove(call);
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            if (!c.isCanceled()) {
              // The server may have closed its idle connections (a load balancer's idle timer):
              // the others waiting in the pool are then as stale as this one was, and a retry
              // taking the next would fail the same way. Drop them; in-use ones are untouched.
              client.connectionPool().evictAll();
            }
            future.completeExceptionally(tracked ? WriteTracking.classify(e, mark) : e);
          }

          @Override
          public void onResponse(Call c, Response response) {
            try (response) {
              future.complete(read(response, apiRequest));
            } catch (IOException | RuntimeException e) {
              future.completeExceptionally(e);
            }
          }
        });
    return future;
  }

  private ApiResponse read(Response response, ApiRequest apiRequest) throws IOException {
    ErrorContext context =
        new ErrorContext(connector, apiRequest.operation(), response.code(), null, null);
    ResponseBody body = response.body();
    if (body.contentLength() > maxBytes) {
      throw new ResponseTooLargeException(context, maxBytes);
    }
    Buffer buffer = new Buffer();
    BufferedSource source = body.source();
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > maxBytes) {
        throw new ResponseTooLargeException(context, maxBytes);
      }
    }
    return ApiResponse.of(
        apiRequest,
        connector,
        response.code(),
        response.headers().toMultimap(),
        buffer.readByteArray(),
        clock.instant());
  }

  @Override
  public void close() {
    for (Call call : inFlight) {
      call.cancel();
    }
    if (owned) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
