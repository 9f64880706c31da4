package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.FaultPlan;
import io.ikarus.connects.testkit.internal.TokenRegistry;
import io.ikarus.connects.testkit.internal.VendorApi;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/** The journal, fault plan and clock every fake holds; vendors add their router and state. */
abstract class AbstractFake implements FakeCrm {

  private final FaultPlan plan = new FaultPlan();
  private final Journal journal = new Journal();
  private final Faults faults = new Faults(plan);
  private final Clock clock;
  private volatile TokenRegistry tokens;

  AbstractFake(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The fault plan the fake's server consults. */
  final FaultPlan plan() {
    return plan;
  }

  /** Where the fake's server journals calls. */
  final Consumer<RecordedCall> journalSink() {
    return journal::add;
  }

  /** A started server for {@code api} wired to this fake's journal, faults and clock. */
  final FakeHttpServer serve(VendorApi api, TokenRegistry tokens, int port) {
    this.tokens = tokens;
    FakeHttpServer server = new FakeHttpServer(api, plan, tokens, journal::add, clock);
    server.start(port);
    return server;
  }

  /** Expires the tokens in the registry given to {@link #serve}; vendors with their own override. */
  @Override
  public void expireTokens() {
    TokenRegistry registry = tokens;
    if (registry != null) {
      registry.expireAll();
    }
  }

  @Override
  public String authUrl() {
    return url();
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
}
