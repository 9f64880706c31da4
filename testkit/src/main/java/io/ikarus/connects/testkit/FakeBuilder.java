package io.ikarus.connects.testkit;

import java.time.Clock;
import java.util.Objects;

/**
 * What every fake's builder offers: the port, the clock, {@link #start()} and a JUnit 5 {@link
 * #extension()}. Not thread-safe.
 *
 * @param <F> the fake built
 * @param <B> the vendor's builder
 */
abstract class FakeBuilder<F extends FakeCrm, B extends FakeBuilder<F, B>> {

  int port;
  Clock clock = Clock.systemUTC();
  boolean sampleData;

  FakeBuilder() {}

  /** The port to listen on on 127.0.0.1; 0 (the default) picks a free one. */
  public B port(int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    this.port = port;
    return self();
  }

  /**
   * The clock for record stamps, token lifetimes, quota windows and cursor expiry, such as a {@link
   * MutableClock}. Default: system UTC.
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Seeds a few sample records at start, for demos and manual sessions (default false): Salesforce
   * Accounts with their Contacts, and Leads; HubSpot five contacts and five companies; Dataverse
   * accounts, a contact, a lead and a project; Pipedrive an organization, five persons and five
   * deals; monday five items on the sample board.
   */
  public B sampleData(boolean sampleData) {
    this.sampleData = sampleData;
    return self();
  }

  /** Starts the fake on 127.0.0.1. */
  public abstract F start();

  /**
   * A JUnit 5 extension that starts fakes built by this builder, resets them between tests and
   * closes them; see {@link FakeCrmExtension}.
   */
  public FakeCrmExtension<F> extension() {
    return FakeCrmExtension.of(this::start);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
