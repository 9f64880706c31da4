package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.Map;

/**
 * Streams generated Contacts from a FakeSalesforce bulk query in a child JVM with a small heap
 * ({@link StreamChild}), then reads them the naive way in another such JVM.
 */
final class StreamScenario {

  /** The SDK's bulk result page (Bulk API 2.0 {@code maxRecords}). */
  static final int PAGE = 10_000;

  private StreamScenario() {}

  static ResultRow run(HarnessOptions o) {
    long n = o.streamRows();
    try (FakeSalesforce sf = SalesforceFakes.start(o)) {
      sf.generateRows("Contact", n, Contacts::salesforceRow);
      String token = sf.issueAccessToken();
      Measurement sdk = child(o, sf, token, "sdk");
      sf.journal().clear();
      Measurement naive = child(o, sf, token, "naive");
      long callFloor = 2 + (n + PAGE - 1) / PAGE;
      Duration timeFloor = Floors.time(callFloor, 0, Duration.ZERO, 1, o.latency());
      String note =
          "create job + 1 poll + one results call per "
              + PAGE
              + " rows (the SDK's page; Salesforce allows bigger pages at the cost of memory),"
              + " read one after another; an access token is handed to the child (no auth call);"
              + " naive: REST query pages of 2,000 rows collected into a list, as exports are"
              + " often written";
      return new ResultRow(
          "Salesforce bulk query stream, -Xmx" + o.streamHeap(),
          n,
          callFloor,
          timeFloor,
          sdk,
          naive,
          note);
    }
  }

  private static Measurement child(HarnessOptions o, FakeSalesforce sf, String token, String mode) {
    Map<String, String> r = ChildJvm.run(o.streamHeap(), o.streamLimit(), mode, sf.url(), token);
    long rows = Long.parseLong(r.get("rows"));
    boolean timedOut = r.containsKey("timedOut");
    String error = timedOut ? "none" : r.get("error");
    String how =
        timedOut
            ? "stopped at the " + o.streamLimit().toSeconds() + " s limit after " + rows + " rows; "
            : error.equals("none") ? "" : "died of " + error + " after " + rows + " rows; ";
    return new Measurement(
        rows,
        sf.journal().count(),
        Journals.throttled(sf.journal()),
        timedOut ? o.streamLimit() : Duration.ofNanos(Long.parseLong(r.get("wallNanos"))),
        timedOut ? -1 : Long.parseLong(r.get("peakHeap")),
        how + "calls: " + Journals.breakdown(sf.journal()));
  }
}
