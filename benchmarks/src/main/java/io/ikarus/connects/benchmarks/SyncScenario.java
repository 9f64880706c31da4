package io.ikarus.connects.benchmarks;

import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.sync.InMemorySyncStateStore;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;

/**
 * A full first {@code SyncJob} push of N Salesforce Contacts into an empty HubSpot, both fakes with
 * latency and their real limits; then the naive baseline, which pages the Contacts out of
 * Salesforce and creates one HubSpot contact per call.
 */
final class SyncScenario {

  /** The most rows of one Salesforce REST query page. */
  static final int QUERY_PAGE = 2_000;

  private SyncScenario() {}

  static ResultRow run(HarnessOptions o, long n, Baselines baselines) {
    Measurement sdk = sdk(o, n);
    Measurement naive = baselines.of("sync", n, measured -> NaiveSync.run(o, measured));
    long reads = Floors.calls(n, QUERY_PAGE, 1);
    long writes = Floors.calls(n, HubSpotFakes.MAX_BATCH, 0);
    Duration readTime = Floors.time(reads, 0, Duration.ZERO, 1, o.latency());
    Duration writeTime =
        Floors.time(
            writes, o.hubSpotBurst(), HubSpotFakes.WINDOW, SalesforcePush.CONCURRENCY, o.latency());
    Duration timeFloor = readTime.compareTo(writeTime) >= 0 ? readTime : writeTime;
    String note =
        "Salesforce: 1 token call + ceil(N/2000) query pages read one after another; HubSpot:"
            + " ceil(N/100) batch creates at "
            + o.hubSpotBurst()
            + "/10 s; time: the slower of the two sides, as reads and writes may overlap; the"
            + " HubSpot writes at the sustained rate alone: "
            + Report.sustained(
                Floors.sustained(writes, o.hubSpotBurst(), HubSpotFakes.WINDOW), sdk);
    return new ResultRow(
        "SyncJob first push Salesforce -> HubSpot", n, reads + writes, timeFloor, sdk, naive, note);
  }

  static Measurement sdk(HarnessOptions o, long n) {
    try (FakeSalesforce sf = SalesforceFakes.start(o);
        FakeHubSpot hs = HubSpotFakes.start(o);
        SalesforceConnector source = SalesforceFakes.connector(sf);
        HubSpotConnector target = HubSpotFakes.connector(hs, o)) {
      seed(sf, n);
      SyncJob job =
          SyncJob.builder()
              .name("benchmark")
              .source(source, "Contact")
              .target(target, "contacts")
              .mapping(mapping())
              .direction(SyncDirection.PUSH)
              .matchOn("Email", "email")
              .stateStore(new InMemorySyncStateStore())
              .build();
      Measurement m = Runs.timed(() -> job.run().join(), SyncScenario::created);
      return m.withCalls(
              sf.journal().count() + hs.journal().count(),
              Journals.throttled(sf.journal()) + Journals.throttled(hs.journal()))
          .withNote("calls: " + Journals.breakdown(sf.journal(), hs.journal()));
    }
  }

  /** Inserts {@code n} Contacts straight into the fake's store (no API calls). */
  static void seed(FakeSalesforce sf, long n) {
    for (long i = 0; i < n; i++) {
      sf.insert("Contact", Contacts.salesforceRow(i));
    }
  }

  private static long created(SyncReport report) {
    if (report.failed() > 0) {
      throw new IllegalStateException(
          report.failed() + " records failed to sync; first: " + report.failures().get(0));
    }
    return report.target().created();
  }

  private static FieldMapping mapping() {
    return FieldMapping.builder()
        .map("email", "Email", Transforms.email())
        .map("firstname", "FirstName", Transforms.trim())
        .map("lastname", "LastName", Transforms.trim())
        .build();
  }
}
