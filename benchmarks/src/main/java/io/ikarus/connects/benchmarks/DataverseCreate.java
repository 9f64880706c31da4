package io.ikarus.connects.benchmarks;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.dynamics.DynamicsConnector;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.testkit.FakeDynamics;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates N accounts on FakeDynamics (service protection 6,000 requests per 5 minutes) through
 * {@code createAll}: {@code $batch} calls of up to 1,000 requests.
 */
final class DataverseCreate {

  /** The most requests one {@code $batch} takes. */
  static final int BATCH = 1_000;

  private DataverseCreate() {}

  static ResultRow run(HarnessOptions o, long n) {
    return run(o, n, true);
  }

  /** The same through {@code $batch} ({@code bulkMessages} false) or CreateMultiple. */
  static ResultRow run(HarnessOptions o, long n, boolean bulkMessages) {
    AtomicLong writeNanos = new AtomicLong();
    AtomicLong writes = new AtomicLong();
    ConnectorListener timer =
        new ConnectorListener() {
          @Override
          public void onResponse(ResponseEvent event) {
            if (event.method().equals("POST") && !event.path().contains("token")) {
              writeNanos.addAndGet(event.duration().toNanos());
              writes.incrementAndGet();
            }
          }
        };
    try (FakeDynamics fake = FakeDynamics.builder().start();
        DynamicsConnector crm =
            DynamicsConnector.builder()
                .resourceUrl(URI.create(fake.url()))
                .tenantId(fake.tenantId())
                .clientSecret(fake.clientId(), fake.clientSecret())
                .bulkMessages(bulkMessages)
                .options(
                    ClientOptions.builder().authUrl(URI.create(fake.url())).listener(timer).build())
                .build()) {
      fake.faults().latency(o.latency());
      List<Map<String, Object>> accounts = new ArrayList<>();
      for (long i = 0; i < n; i++) {
        accounts.add(Map.of("name", "Account " + i, "accountnumber", "A-" + i));
      }
      Measurement sdk = Runs.sdk(fake.journal(), () -> crm.createAll("accounts", accounts).join());
      long callFloor = 2 + Floors.calls(n, BATCH, 0);
      long bytes = fake.journal().calls().stream().mapToLong(c -> c.body().length()).sum();
      Duration timeFloor = Floors.time(callFloor, 0, Duration.ZERO, 1, o.latency());
      String way = bulkMessages ? "CreateMultiple" : "$batch";
      String note =
          "1 token call + 1 table lookup (EntityDefinitions) + ceil(N/1000) "
              + way
              + " calls, the lookup before the writes; request bodies "
              + String.format(Locale.ROOT, "%,d", bytes)
              + " chars; the write calls together took "
              + serverMillis(writeNanos.get(), writes.get(), o)
              + " ms from send to answer less the injected latency (the fake's server time)"
              + "; 6,000 requests per 5 minutes are far away, so latency-bound (the fake's time"
              + " to parse and run the writes is in the wall; Dataverse's own execution time is"
              + " not modelled)";
      return new ResultRow(
          "Dataverse createAll accounts (" + way + ")", n, callFloor, timeFloor, sdk, null, note);
    }
  }

  private static long serverMillis(long nanos, long calls, HarnessOptions o) {
    return Math.max(0, nanos / 1_000_000 - calls * o.latency().toMillis());
  }
}
