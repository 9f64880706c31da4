package io.ikarus.connects.benchmarks;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.dynamics.DynamicsConnector;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RateLimitSettings.Bucket;
import io.ikarus.connects.resilience.RateLimitSettings.Kind;
import io.ikarus.connects.testkit.FakeDynamics;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.Journal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sustained single-record traffic against a rolling window: many threads each creating records one
 * call at a time, as an application's request handlers do. The question is how much of the vendor's
 * allowance the limiter uses (time floor over wall) without a 429.
 */
final class Sustained {

  private Sustained() {}

  /** HubSpot: 20 threads creating contacts one by one against the tier's 10 s window. */
  static ResultRow hubSpot(HarnessOptions o, int calls) {
    try (FakeHubSpot hs = HubSpotFakes.start(o);
        CrmConnector crm = HubSpotFakes.connector(hs, o)) {
      Measurement m =
          threads(
              20,
              calls,
              i -> crm.create("contacts", Map.of("email", "t" + i + "@example.com")).join(),
              hs.journal());
      Duration floor = Floors.time(calls, o.hubSpotBurst(), HubSpotFakes.WINDOW, 20, o.latency());
      return new ResultRow(
          "HubSpot create, 20 threads",
          calls,
          calls,
          floor,
          m,
          null,
          "one create per call from 20 threads sharing one connector; "
              + o.hubSpotBurst()
              + "/10 s rolling window; allowance used = time floor / wall");
    }
  }

  /**
   * Dataverse: 52 threads creating accounts one by one against the service-protection window,
   * scaled down 10x in time (600 per 30 s instead of 6,000 per 300 s: the same rate, a tenth of the
   * wall time); the connector's limiter is scaled the same way (98%, rolling).
   */
  static ResultRow dataverse(HarnessOptions o, int calls) {
    int limit = 600;
    Duration window = Duration.ofSeconds(30);
    RateLimitSettings limits =
        RateLimitSettings.builder()
            .bucket("default", new Bucket(limit * 98L / 100, window, Kind.WINDOW))
            .maxConcurrent(52)
            .build();
    try (FakeDynamics fake = FakeDynamics.builder().serviceProtection(limit, window).start();
        DynamicsConnector crm =
            DynamicsConnector.builder()
                .resourceUrl(URI.create(fake.url()))
                .tenantId(fake.tenantId())
                .clientSecret(fake.clientId(), fake.clientSecret())
                .options(
                    ClientOptions.builder()
                        .authUrl(URI.create(fake.url()))
                        .rateLimit(limits)
                        .build())
                .build()) {
      fake.faults().latency(o.latency());
      crm.describe("accounts").join();
      fake.journal().clear();
      Measurement m =
          threads(
              52,
              calls,
              i -> crm.create("accounts", Map.of("name", "Account " + i)).join(),
              fake.journal());
      Duration floor = Floors.time(calls, limit, window, 52, o.latency());
      return new ResultRow(
          "Dataverse create, 52 threads, window /10",
          calls,
          calls,
          floor,
          m,
          null,
          "service protection scaled 10x down in time: 600 per rolling 30 s (6,000 per 300 s is"
              + " the same rate); one create per call from 52 threads; allowance used = time floor"
              + " / wall");
    }
  }

  private interface Call {
    void run(int i);
  }

  private static Measurement threads(int threads, int calls, Call call, Journal journal) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Measurement m =
          Runs.timed(
              () -> {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                  int n = i;
                  done.add(pool.submit(() -> call.run(n)));
                }
                for (Future<?> f : done) {
                  try {
                    f.get();
                  } catch (Exception e) {
                    throw new IllegalStateException("a call failed", e);
                  }
                }
                return calls;
              },
              n -> n);
      return m.withCalls(journal.count(), Journals.throttled(journal))
          .withNote("calls: " + Journals.breakdown(journal));
    } finally {
      pool.shutdownNow();
    }
  }
}
