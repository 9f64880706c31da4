package io.ikarus.connects.benchmarks.jmh;

import dev.failsafe.Bulkhead;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.internal.retry.Delays;
import io.ikarus.connects.internal.retry.Outcome;
import io.ikarus.connects.internal.retry.RateGate;
import io.ikarus.connects.internal.retry.RetryPolicies;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
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
 *   <li>{@code bare}: a completed future joined, the floor of the measurement itself;
 *   <li>{@code wrapper}: the engine's composition (a permit from a Failsafe rate limiter through
 *       {@code RateGate}, a Failsafe bulkhead slot, the connector retry policy) around a completed
 *       future, exactly as {@code RequestEngine.attempt} stacks them, thread hops included;
 *   <li>{@code connectorGet}: a whole {@code HubSpotConnector.get} through the real engine, OkHttp
 *       and JSON, with an interceptor answering in place of the network.
 * </ul>
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

  private RateGate gate;
  private FailsafeExecutor<Outcome> retries;
  private FailsafeExecutor<Outcome> bulkhead;
  private ApiRequest request;
  private Outcome success;
  private ErrorContext context;
  private HubSpotConnector connector;

  /** Builds the engine pieces with a permit bucket far above any rate reached here. */
  @Setup
  public void setUp() {
    Delays delays = new Delays(null);
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket(RateLimitSettings.DEFAULT_BUCKET, 1_000_000_000L, Duration.ofSeconds(1))
            .build();
    gate =
        new RateGate(
            "bench",
            limits,
            delays,
            ConnectorListener.NONE,
            RetrySettings.defaults().maxRetryAfter());
    retries =
        Failsafe.with(
                RetryPolicies.create("bench", RetrySettings.defaults(), ConnectorListener.NONE))
            .with(delays.scheduler());
    Bulkhead<Outcome> slots =
        Bulkhead.<Outcome>builder(limits.maxConcurrent()).withMaxWaitTime(limits.maxWait()).build();
    bulkhead = Failsafe.with(slots).with(delays.scheduler());
    request = ApiRequest.get("crm/v3/objects/contacts/1").operation("get").build();
    byte[] body = CONTACT.getBytes(StandardCharsets.UTF_8);
    success =
        Outcome.success(
            request, ApiResponse.of(request, "bench", 200, Map.of(), body, Instant.EPOCH));
    context = ErrorContext.of("bench", "get");
    connector = stubbedConnector(limits);
  }

  /** Closes the connector. */
  @TearDown
  public void tearDown() {
    connector.close();
  }

  /** The measurement's own floor. */
  @Benchmark
  public Outcome bare() {
    return CompletableFuture.completedFuture(success).join();
  }

  /** Permit, bulkhead slot and retry policy around a completed future. */
  @Benchmark
  public Outcome wrapper() {
    Map<String, Long> costs = RateGate.costs(request);
    return retries
        .getStageAsync(
            ctx ->
                gate.acquire(costs, context)
                    .thenCompose(
                        v ->
                            bulkhead.getStageAsync(
                                () -> CompletableFuture.completedFuture(success))))
        .join();
  }

  /** A whole connector call with the network replaced by an interceptor. */
  @Benchmark
  public CrmRecord connectorGet() {
    return connector.get("contacts", "1").join();
  }

  private static HubSpotConnector stubbedConnector(RateLimitSettings limits) {
    MediaType json = MediaType.get("application/json");
    OkHttpClient client =
        new OkHttpClient.Builder()
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
