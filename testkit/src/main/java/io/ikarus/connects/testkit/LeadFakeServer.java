package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.FaultPlan;
import io.ikarus.connects.testkit.internal.TokenRegistry;
import io.ikarus.connects.testkit.internal.VendorApi;
import java.time.Clock;
import java.time.Duration;

/** The server, journal and fault plan shared by the lead-source fakes. */
final class LeadFakeServer implements AutoCloseable {

  final Journal journal = new Journal();
  final Faults faults;
  final FakeHttpServer server;

  LeadFakeServer(VendorApi api, Clock clock, int port) {
    FaultPlan plan = new FaultPlan();
    this.faults = new Faults(plan);
    this.server =
        new FakeHttpServer(
            api, plan, new TokenRegistry(clock, Duration.ofHours(1)), journal::add, clock);
    server.start(port);
  }

  @Override
  public void close() {
    server.close();
  }
}
