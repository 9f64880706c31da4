package io.ikarus.connects.benchmarks;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.time.Duration;

/** A FakeHubSpot with the account tier's real limits and latency, and a connector for it. */
final class HubSpotFakes {

  /** HubSpot's burst window. */
  static final Duration WINDOW = Duration.ofSeconds(10);

  /** HubSpot's largest batch. */
  static final int MAX_BATCH = 100;

  private HubSpotFakes() {}

  /**
   * A fake limited like a Professional or Enterprise private app (burst per 10 s, 650,000 a day,
   * search 4 per second), answering after the latency.
   */
  static FakeHubSpot start(HarnessOptions o) {
    FakeHubSpot hs =
        FakeHubSpot.builder()
            .rateLimits(o.hubSpotBurst(), WINDOW, 650_000, 4, Duration.ofSeconds(1))
            .instantSearch()
            .start();
    hs.faults().latency(o.latency());
    return hs;
  }

  /** The connector with its default limiter set to the account's tier, nothing else tuned. */
  static HubSpotConnector connector(FakeHubSpot hs, HarnessOptions o) {
    return connector(hs, o, new ConnectorListener() {});
  }

  /** The same connector, reporting to {@code listener}. */
  static HubSpotConnector connector(FakeHubSpot hs, HarnessOptions o, ConnectorListener listener) {
    return HubSpotConnector.builder()
        .auth(BearerTokenAuth.of(hs.privateAppToken()))
        .burstLimit(o.hubSpotBurst(), WINDOW)
        .options(ClientOptions.builder().baseUrl(URI.create(hs.url())).listener(listener).build())
        .build();
  }
}
