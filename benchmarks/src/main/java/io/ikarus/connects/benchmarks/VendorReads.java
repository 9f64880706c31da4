package io.ikarus.connects.benchmarks;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.Query;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.Journal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads N seeded records back through {@code forEach}: HubSpot contacts and Salesforce contacts.
 */
final class VendorReads {

  /** HubSpot's list page. */
  static final int HUBSPOT_PAGE = 100;

  /** Salesforce's REST query batch. */
  static final int SALESFORCE_PAGE = 2_000;

  private VendorReads() {}

  /** HubSpot: N contacts through {@code query}, which pages the list endpoint. */
  static ResultRow hubSpot(HarnessOptions o, long n) {
    Pacing pacing = new Pacing();
    try (FakeHubSpot hs = HubSpotFakes.start(o);
        HubSpotConnector crm = HubSpotFakes.connector(hs, o, pacing)) {
      for (long i = 0; i < n; i++) {
        hs.insert("contacts", Map.of("email", "r" + i + "@example.com", "firstname", "R" + i));
      }
      hs.journal().clear();
      pacing.start();
      Measurement sdk = read(hs.journal(), crm, Query.of("contacts"));
      String paced = pacing.summary();
      long callFloor = Floors.calls(n, HUBSPOT_PAGE, 0);
      Duration timeFloor = Floors.time(callFloor, 0, Duration.ZERO, 1, o.latency());
      String note =
          "one list call per 100 contacts (GET /crm/v3/objects/contacts, general limit of "
              + o.hubSpotBurst()
              + "/10 s), pages read one after another by cursor, so latency-bound; "
              + paced;
      return new ResultRow("HubSpot read contacts", n, callFloor, timeFloor, sdk, null, note);
    }
  }

  /** Salesforce: N contacts through {@code query} (REST query, 2,000 per page). */
  static ResultRow salesforce(HarnessOptions o, long n) {
    try (FakeSalesforce sf = SalesforceFakes.start(o);
        SalesforceConnector crm = SalesforceFakes.connector(sf)) {
      sf.generateRows("Contact", n, Contacts::salesforceRow);
      sf.journal().clear();
      Query q = Query.of("Contact").fields("Id", "LastName", "Email");
      Measurement sdk = read(sf.journal(), crm, q);
      long callFloor = 1 + Floors.calls(n, SALESFORCE_PAGE, 0);
      Duration timeFloor = Floors.time(callFloor, 0, Duration.ZERO, 1, o.latency());
      String note =
          "1 token call + one REST query page per 2,000 rows (Salesforce's largest batch), read"
              + " one after another by nextRecordsUrl";
      return new ResultRow("Salesforce read contacts", n, callFloor, timeFloor, sdk, null, note);
    }
  }

  /** Reads every record of {@code q}; calls and 429s come from the fake's {@code journal}. */
  static Measurement read(Journal journal, CrmConnector crm, Query q) {
    AtomicLong count = new AtomicLong();
    Measurement m =
        Runs.timed(
            () -> {
              crm.forEach(q, r -> count.incrementAndGet()).join();
              return count.get();
            },
            c -> c);
    return m.withCalls(journal.count(), Journals.throttled(journal))
        .withNote("calls: " + Journals.breakdown(journal));
  }
}
