package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.internal.http.EngineConfig;
import io.ikarus.connects.internal.http.EngineHooks;
import io.ikarus.connects.internal.http.RequestEngine;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the resilience engine costs per request when the network costs nothing, in microseconds:
 *
 * <ul>
 *   <li>{@code transport}: the floor under the engine: the same stubbed OkHttp client's
 *       asynchronous call (its dispatcher thread included) with the body read, as {@code Transport}
 *       does;
 *   <li>{@code engine}: {@code RequestEngine.execute} with free permits (rate gate, no token, a
 *       concurrency slot, send, classify, retry policy) through that client; the engine's overhead
 *       per request is {@code engine - transport}, in time and in {@code -prof gc} allocation;
 *   <li>{@code transportInline} and {@code engineInline}: the same two through a client whose
 *       dispatcher runs each call on the calling thread: no thread hand-off, so the difference is
 *       the engine's own CPU time and allocation with far less noise on a busy machine (stages then
 *       chain onto completed futures, so this path may allocate less than the real one);
 *   <li>{@code connectorGet}: a whole {@code HubSpotConnector.get} through the real engine, OkHttp
 *       and JSON, with an interceptor answering in place of the network.
 * </ul>
 *
 * <p>There is no "bare" future benchmark: a completed future joined is escape-analysed away by the
 * JIT (0 bytes, a tenth of a nanosecond), so it measured a field read, not a floor of anything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EngineBenchmark {

  private static final String CONTACT =
      "{\"id\":\"1\",\"properties\":{\"email\":\"ada@example.com\",\"hs_object_id\":\"1\","
          + "\"lastmodifieddate\":\"2024-01-01T00:00:00Z\"},\"archived\":false,"
          + "\"updatedAt\":\"2024-01-01T00:00:00Z\"}";

  private static final URI BASE = URI.create("http://127.0.0.1:9/");

  private ApiRequest request;
  private HubSpotConnector connector;
  private OkHttpClient stub;
  private Request okRequest;
  private RequestEngine engine;
  private OkHttpClient inlineStub;
  private RequestEngine inlineEngine;

  /** Builds the engine with a permit bucket far above any rate reached here. */
  @Setup
  public void setUp() {
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(RateLimitSettings.DEFAULT_BUCKET, 1_000_000_000L, Duration.ofSeconds(1))
            .build();
    request = ApiRequest.get("crm/v3/objects/contacts/1").operation("get").build();
    stub = stubClient();
    okRequest = new Request.Builder().url("http://127.0.0.1:9/crm/v3/objects/contacts/1").build();
    inlineStub = stub.newBuilder().dispatcher(new Dispatcher(new CallingThreadExecutor())).build();
    engine = engine(limits, stub);
    inlineEngine = engine(limits, inlineStub);
    connector = stubbedConnector(limits, stub);
  }

  private static RequestEngine engine(RateLimitSettings limits, OkHttpClient client) {
    ClientOptions options =
        ClientOptions.builder()
            .baseUrl(URI.create("http://127.0.0.1:9"))
            .httpClient(client)
            .rateLimit(limits)
            .build();
    return new RequestEngine(
        new EngineConfig(
            "bench",
            null,
            options,
            RetrySettings.defaults(),
            limits,
            null,
            null,
            new EngineHooks() {
              @Override
              public URI baseUrl(AccessToken token) {
                return BASE;
              }

              @Override
              public List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
                return List.of();
              }
            }));
  }

  /** Closes the connector. */
  @TearDown
  public void tearDown() {
    connector.close();
    engine.close();
    inlineEngine.close();
  }

  /** The stubbed client's asynchronous call with its body read: the engine's floor. */
  @Benchmark
  public byte[] transport() {
    return call(stub);
  }

  /** {@link #transport()} with the call run on this thread. */
  @Benchmark
  public byte[] transportInline() {
    return call(inlineStub);
  }

  private byte[] call(OkHttpClient client) {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    client
        .newCall(okRequest)
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                done.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response response) throws IOException {
                try (response) {
                  done.complete(response.body().bytes());
                }
              }
            });
    return done.join();
  }

  /** The engine with free permits around that call. */
  @Benchmark
  public ApiResponse engine() {
    return engine.execute(request, ErrorMapper.defaults()).join();
  }

  /** {@link #engine()} with the call run on this thread. */
  @Benchmark
  public ApiResponse engineInline() {
    return inlineEngine.execute(request, ErrorMapper.defaults()).join();
  }

  /** A whole connector call with the network replaced by an interceptor. */
  @Benchmark
  public CrmRecord connectorGet() {
    return connector.get("contacts", "1").join();
  }

  /** Runs every task at once on the submitting thread. */
  private static final class CallingThreadExecutor extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
      task.run();
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.of();
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return true;
    }
  }

  private static OkHttpClient stubClient() {
    MediaType json = MediaType.get("application/json");
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain ->
                new Response.Builder()
                    .request(chain.request())
                    .protocol(Protocol.HTTP_1_1)
                    .code(200)
                    .message("OK")
                    .body(ResponseBody.create(CONTACT, json))
                    .build())
        .build();
  }

  private static HubSpotConnector stubbedConnector(RateLimitSettings limits, OkHttpClient client) {
    ClientOptions options =
        ClientOptions.builder()
            .baseUrl(URI.create("http://127.0.0.1:9"))
            .httpClient(client)
            .rateLimit(limits)
            .build();
    return HubSpotConnector.builder()
        .auth(BearerTokenAuth.of("pat-na1-benchmark"))
        .options(options)
        .build();
  }
}
