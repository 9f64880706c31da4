package io.ikarus.connects.generic.fakes;

import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.RecordedCall;
import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.FakeRequest;
import io.ikarus.connects.testkit.internal.FakeResponse;
import io.ikarus.connects.testkit.internal.FaultAction;
import io.ikarus.connects.testkit.internal.FaultPlan;
import io.ikarus.connects.testkit.internal.TokenRegistry;
import io.ikarus.connects.testkit.internal.VendorApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The base of this module's small strict fakes: a testkit {@link FakeHttpServer} with a call
 * counter, injected failures, and a {@link RecordTable}. Subclasses answer requests.
 */
public abstract class SmallFake implements VendorApi, AutoCloseable {

  private final FaultPlan faults = new FaultPlan();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> paths = new ArrayList<>();
  private final FakeHttpServer server;

  /** The records this fake serves. */
  protected final RecordTable table = new RecordTable(Clock.systemUTC());

  /** Starts the fake on a free port. */
  protected SmallFake() {
    server =
        new FakeHttpServer(
            this,
            faults,
            new TokenRegistry(Clock.systemUTC(), Duration.ofHours(1)),
            this::journal,
            Clock.systemUTC());
    server.start(0);
  }

  /** The base URL, {@code http://127.0.0.1:port}. */
  public String url() {
    return server.url();
  }

  /** The requests served, failures included. */
  public int requestCount() {
    return calls.get();
  }

  /** The paths (with query) of the requests served, in order. */
  public synchronized List<String> paths() {
    return List.copyOf(paths);
  }

  /** The contract's view of this fake. */
  public ContractServer contractServer() {
    return new ContractServer() {
      @Override
      public int requestCount() {
        return calls.get();
      }

      @Override
      public void failNext(int count, int status, Duration retryAfter) {
        Map<String, String> headers =
            retryAfter == null ? Map.of() : Map.of("Retry-After", "" + retryAfter.toSeconds());
        faults.add(count, c -> true, FaultAction.fail(status, null, headers));
      }
    };
  }

  /** A JSON reply. */
  protected static FakeResponse json(int status, Object body) {
    return FakeResponse.json(status, Json.write(body));
  }

  /** The request body as a JSON object. */
  protected static Map<String, Object> body(FakeRequest request) {
    return Json.parseObject(request.body());
  }

  @Override
  public void close() {
    server.close();
  }

  private synchronized void journal(RecordedCall call) {
    calls.incrementAndGet();
    paths.add(call.method() + " " + call.path());
  }
}
