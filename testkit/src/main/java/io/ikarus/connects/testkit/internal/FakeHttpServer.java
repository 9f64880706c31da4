package io.ikarus.connects.testkit.internal;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.RecordedCall;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.FaultPlan.Action;
import io.ikarus.connects.testkit.internal.FaultPlan.Delay;
import io.ikarus.connects.testkit.internal.FaultPlan.Drop;
import io.ikarus.connects.testkit.internal.FaultPlan.Fail;
import io.ikarus.connects.testkit.internal.FaultPlan.Malformed;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import io.ikarus.connects.testkit.internal.quota.ConcurrencyLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine under every fake: a {@link MockWebServer} whose dispatcher journals each call, applies
 * the fault plan and hands the rest to the vendor's {@link VendorApi}.
 *
 * <p>Handlers run one at a time (a single lock), so a vendor's state needs no locking of its own
 * and batch operations are atomic; response bodies are written concurrently, and injected delays
 * are applied outside the lock.
 */
public final class FakeHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FakeHttpServer.class);
  private static final int JOURNAL_BODY_LIMIT = 1 << 20;

  private final MockWebServer server = new MockWebServer();
  private final VendorApi api;
  private final FaultPlan faults;
  private final TokenRegistry tokens;
  private final Consumer<RecordedCall> journal;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock(true);
  private volatile ConcurrencyLimit concurrency;
  private volatile Supplier<FakeResponse> overConcurrency;

  /** Creates a server; call {@link #start(int)} to listen. */
  public FakeHttpServer(
      VendorApi api,
      FaultPlan faults,
      TokenRegistry tokens,
      Consumer<RecordedCall> journal,
      Clock clock) {
    this.api = api;
    this.faults = faults;
    this.tokens = tokens;
    this.journal = journal;
    this.clock = clock;
    NoDelaySockets sockets = new NoDelaySockets(faults::idleTimeout);
    faults.onCloseIdleConnections(sockets::closeIdle);
    server.setServerSocketFactory(sockets);
    server.setDispatcher(new VendorDispatcher());
  }

  /**
   * Refuses a request that arrives while {@code limit} requests are in flight (waiting for the
   * handler lock included) with the vendor's {@code refusal}, before any handler runs.
   */
  public void limitConcurrency(ConcurrencyLimit limit, Supplier<FakeResponse> refusal) {
    this.overConcurrency = refusal;
    this.concurrency = limit;
  }

  /** Starts listening on 127.0.0.1 at {@code port} (0 picks a free port). */
  public void start(int port) {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake on port " + port, e);
    }
  }

  /** The base URL, {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Runs {@code action} under the handler lock, for direct state access from tests. */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    server.close();
  }

  private final class VendorDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest recorded) {
      drainServerQueue();
      ByteString body = recorded.getBody();
      FakeRequest request =
          FakeRequest.of(
              recorded.getMethod(),
              recorded.getUrl(),
              recorded.getHeaders().toMultimap(),
              body == null ? "" : body.utf8());
      RecordedCall call = journalled(request);
      if (faults.tokenExpiryDue()) {
        tokens.expireAll();
      }
      List<Action> actions = faults.take(call);
      FakeResponse response = respond(request, actions);
      journal.accept(call.answered(response.status(), response.records()));
      return toMock(response, actions);
    }

    /** MockWebServer keeps every request for takeRequest(); we journal instead, so drop them. */
    private void drainServerQueue() {
      try {
        while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
          // each iteration drops one request recorded by MockWebServer itself
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The journal's view of {@code request}: a very large body is kept only in part. */
  private RecordedCall journalled(FakeRequest request) {
    String body = request.body();
    return new RecordedCall(
        request.method(),
        request.path(),
        request.query(),
        request.headers(),
        body.substring(0, Math.min(body.length(), JOURNAL_BODY_LIMIT)),
        0,
        0,
        clock.instant());
  }

  private FakeResponse respond(FakeRequest request, List<Action> actions) {
    for (Action action : actions) {
      if (action instanceof Fail fail) {
        FakeResponse failure =
            fail.body() == null
                ? api.errorResponse(fail.status())
                : FakeResponse.json(fail.status(), fail.body());
        fail.headers().forEach(failure::header);
        return failure;
      }
    }
    ConcurrencyLimit limit = concurrency;
    if (limit != null && !limit.tryEnter()) {
      return overConcurrency.get();
    }
    lock.lock();
    try {
      return api.handle(request);
    } catch (RuntimeException e) {
      LOG.error("fake failed on {} {}", request.method(), request.path(), e);
      return api.errorResponse(500);
    } finally {
      lock.unlock();
      if (limit != null) {
        limit.exit();
      }
    }
  }

  private static MockResponse toMock(FakeResponse response, List<Action> actions) {
    MockResponse.Builder builder = new MockResponse.Builder().code(response.status());
    for (String[] header : response.headers()) {
      builder.addHeader(header[0], header[1]);
    }
    boolean malformed = actions.stream().anyMatch(Malformed.class::isInstance);
    String body = malformed ? truncate(response.body()) : response.body();
    if (!body.isEmpty()) {
      builder.body(body);
    }
    Duration delay = Duration.ZERO;
    for (Action action : actions) {
      if (action instanceof Delay held) {
        delay = delay.plus(held.delay());
      }
    }
    if (!delay.isZero()) {
      builder.headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (actions.stream().anyMatch(Drop.class::isInstance)) {
      SocketEffect close = new SocketEffect.CloseSocket(true, false, false);
      if (body.length() > 1) {
        builder.onResponseBody(close);
      } else {
        builder.onResponseStart(close);
      }
    }
    return builder.build();
  }

  private static String truncate(String body) {
    return body.length() < 2 ? "{" : body.substring(0, body.length() / 2);
  }
}
