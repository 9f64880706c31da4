package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.FaultPlan;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The base of every fake: it owns the journal, the fault plan and the clock, and serves a {@link
 * VendorApi} on 127.0.0.1 so that a vendor's fake is only its router, wire format and error bodies.
 * Other modules build their own small fakes on it:
 *
 * <pre>{@code
 * final class AcmeFake extends AbstractFake implements VendorApi {
 *   AcmeFake() {
 *     super(Clock.systemUTC());
 *     serve(this, 0);
 *   }
 *   public FakeResponse handle(FakeRequest request) { ... }
 *   public FakeResponse errorResponse(int status) { ... }
 * }
 * }</pre>
 *
 * <p>Handlers run one at a time under the server's lock. Thread-safe.
 */
public abstract class AbstractFake implements FakeCrm {

  private final FaultPlan plan = new FaultPlan();
  private final Journal journal = new Journal();
  private final Faults faults = new Faults(plan);
  private final Clock clock;
  private volatile TokenRegistry tokens;
  private volatile FakeHttpServer server;

  /** A fake reading time from {@code clock}; call {@link #serve} to start listening. */
  protected AbstractFake(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts serving {@code api} on 127.0.0.1 at {@code port} (0: any free port). */
  protected final void serve(VendorApi api, int port) {
    serve(api, new TokenRegistry(clock, Duration.ofHours(1)), port);
  }

  /** Runs {@code action} under the handler lock, for state shared with the handlers. */
  protected final <T> T locked(Supplier<T> action) {
    return server().locked(action);
  }

  /** Runs {@code action} under the handler lock, for state changes shared with the handlers. */
  protected final void inLock(Runnable action) {
    locked(
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * Starts serving {@code api} at {@code port}, checking bearer tokens against {@code registry},
   * which {@link #expireTokens()} then expires; returns the started server.
   */
  final FakeHttpServer serve(VendorApi api, TokenRegistry registry, int port) {
    this.tokens = registry;
    FakeHttpServer started = new FakeHttpServer(api, plan, registry, journal::add, clock);
    started.start(port);
    this.server = started;
    return started;
  }

  private FakeHttpServer server() {
    FakeHttpServer s = server;
    if (s == null) {
      throw new IllegalStateException("the fake is not serving yet: call serve(...) first");
    }
    return s;
  }

  @Override
  public String url() {
    return server().url();
  }

  @Override
  public final Journal journal() {
    return journal;
  }

  @Override
  public final Faults faults() {
    return faults;
  }

  @Override
  public final Clock clock() {
    return clock;
  }

  /** Expires the tokens of the fake's registry; vendors with their own token store override. */
  @Override
  public void expireTokens() {
    TokenRegistry registry = tokens;
    if (registry != null) {
      registry.expireAll();
    }
  }

  /** The URLs and credentials for the standalone banner of {@link FakeServers}. */
  String describe() {
    return getClass().getSimpleName() + " " + url() + '\n';
  }

  @Override
  public void close() {
    FakeHttpServer s = server;
    if (s != null) {
      s.close();
    }
  }
}
