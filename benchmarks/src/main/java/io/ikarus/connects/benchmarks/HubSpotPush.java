package io.ikarus.connects.benchmarks;

import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Pushes N contacts to FakeHubSpot: the SDK's {@code upsertAll}, then the naive baseline. */
final class HubSpotPush {

  private HubSpotPush() {}

  static ResultRow run(HarnessOptions o, long n, Baselines baselines) {
    Pacing pacing = new Pacing();
    Measurement sdk = sdk(o, n, pacing);
    String paced = pacing.summary();
    Measurement naive = baselines.of("hubspot", n, measured -> NaiveHubSpot.push(o, measured));
    long callFloor = Floors.calls(n, HubSpotFakes.MAX_BATCH, 0);
    int concurrency = RateLimitSettings.builder().build().maxConcurrent();
    Duration timeFloor =
        Floors.time(callFloor, o.hubSpotBurst(), HubSpotFakes.WINDOW, concurrency, o.latency());
    Duration sustained = Floors.sustained(callFloor, o.hubSpotBurst(), HubSpotFakes.WINDOW);
    String note =
        "batch 100, private-app token (no auth call), "
            + o.hubSpotBurst()
            + "/10 s rolling window with its burst credit; at the sustained rate alone: "
            + Report.sustained(sustained, sdk)
            + "; "
            + paced;
    return new ResultRow("HubSpot upsertAll contacts", n, callFloor, timeFloor, sdk, naive, note);
  }

  static Measurement sdk(HarnessOptions o, long n) {
    return sdk(o, n, new Pacing());
  }

  static Measurement sdk(HarnessOptions o, long n, Pacing pacing) {
    List<Map<String, Object>> contacts = Contacts.hubSpot(n);
    try (FakeHubSpot hs = HubSpotFakes.start(o);
        HubSpotConnector crm = HubSpotFakes.connector(hs, o, pacing)) {
      pacing.start();
      return Runs.sdk(hs.journal(), () -> crm.upsertAll("contacts", "email", contacts).join());
    }
  }
}
