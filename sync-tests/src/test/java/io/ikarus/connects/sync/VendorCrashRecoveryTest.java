package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Query;
import io.ikarus.connects.synctests.VendorPair;
import io.ikarus.connects.testkit.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The crash-point suite on the vendor fakes: Salesforce Accounts and HubSpot companies with typed
 * fields, a crash before and after every state change of a run, then a rerun: both sides end as
 * after a clean run, with no duplicate, and the next run is quiet. HubSpot's values come back as
 * strings, so without matchOn a crashed create is found again only by the typed intent hash. Runs
 * with Salesforce as the source and with HubSpot as the source, each with and without matchOn.
 */
class VendorCrashRecoveryTest {

  /**
   * A synced pair, then an update, a create and a delete on Salesforce, and a HubSpot create; the
   * creates carry decimals, dates and datetimes in each vendor's own forms (HubSpot: a date as
   * midnight epoch milliseconds, a datetime with an offset), which the other side stores in its
   * own. HubSpot records carry is_active, which Salesforce defaults on create (a vendor default
   * would otherwise come back as one more, legitimate, change).
   */
  private static VendorPair scenario(boolean matchOn, boolean hubSpotSource) {
    VendorPair p = new VendorPair();
    String ada = p.sf.insert("Account", Map.of("Name", "Ada", "NumberOfEmployees", 42));
    String bob = p.sf.insert("Account", Map.of("Name", "Bob", "NumberOfEmployees", 7));
    p.hs.insert("companies", Map.of("name", "Cy", "numberofemployees", "3", "is_active", "false"));
    p.run(job(p, matchOn, hubSpotSource));
    p.salesforce.update("Account", ada, Map.of("NumberOfEmployees", 43)).join();
    p.sf.insert(
        "Account",
        Map.of(
            "Name", "Dee",
            "NumberOfEmployees", 1500,
            "AnnualRevenue", new java.math.BigDecimal("1500.50"),
            "Founded__c", "2020-02-29",
            "LastContact__c", "2024-01-15T10:30:00.000+0000"));
    p.salesforce.delete("Account", bob).join();
    p.hs.insert(
        "companies",
        Map.of(
            "name", "Eve",
            "numberofemployees", "12.0",
            "is_active", "false",
            "annualrevenue", "99.900",
            "founded", "1706745600000",
            "last_contact", "2024-01-15T11:30:00+01:00"));
    return p;
  }

  private static SyncJob job(VendorPair p, boolean matchOn, boolean hubSpotSource) {
    SyncJob.Builder b = hubSpotSource ? p.reversedJob() : p.job();
    if (matchOn) {
      b = hubSpotSource ? b.matchOn("name", "Name") : b.matchOn("Name", "name");
    }
    return b.build();
  }

  /** How many records of each name each side holds, with their employee counts. */
  private static List<String> result(VendorPair p) {
    p.clock.advance(Duration.ofSeconds(10));
    List<String> out = new ArrayList<>();
    for (String name : List.of("Ada", "Bob", "Cy", "Dee", "Eve")) {
      List<String> sf = values(p, "Account", "Name", "NumberOfEmployees", name);
      List<String> hs = values(p, "companies", "name", "numberofemployees", name);
      out.add(name + " sf=" + sf + " hs=" + hs);
    }
    return out;
  }

  private static List<String> values(
      VendorPair p, String object, String nameField, String field, String name) {
    var crm = object.equals("Account") ? p.salesforce : p.hubspot;
    return crm.query(Query.of(object).where(nameField, Query.Op.EQ, name)).join().records().stream()
        .map(r -> crm.get(object, r.id()).join().field(field))
        .map(v -> new java.math.BigDecimal(String.valueOf(v)).stripTrailingZeros())
        .map(java.math.BigDecimal::toPlainString)
        .toList();
  }

  @ParameterizedTest(name = "matchOn={0}, HubSpot source={1}")
  @CsvSource({"true, false", "false, false", "true, true", "false, true"})
  void crashAroundEveryStateChangeThenRerunConverges(boolean matchOn, boolean hubSpotSource) {
    List<String> expected;
    try (VendorPair clean = scenario(matchOn, hubSpotSource)) {
      clean.run(job(clean, matchOn, hubSpotSource));
      expected = result(clean);
    }
    int crashes = 0;
    for (int k = 1; ; k++) {
      boolean crashed = false;
      for (boolean after : new boolean[] {false, true}) {
        try (VendorPair p = scenario(matchOn, hubSpotSource)) {
          SyncStateStore real = p.store;
          p.store = new CrashingStateStore(real, k, after);
          try {
            p.run(job(p, matchOn, hubSpotSource));
          } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(CrashingStateStore.Crash.class);
            crashed = true;
            crashes++;
          }
          p.store = real;
          assertThat(p.run(job(p, matchOn, hubSpotSource)).failures()).isEmpty();
          assertThat(result(p)).as("crash %d after=%s", k, after).isEqualTo(expected);
          SyncReport again = p.run(job(p, matchOn, hubSpotSource));
          assertThat(again.isQuiet()).as("quiet after crash %d: %s", k, again).isTrue();
        }
      }
      if (!crashed) {
        break;
      }
    }
    assertThat(crashes).as("state changes crashed around").isGreaterThanOrEqualTo(6);
  }

  /**
   * The answer to one write call is lost (processed by the vendor, then the connection drops), for
   * every write call of the run in turn, on either fake: a lost create is outcome-unknown, the
   * rerun finds the record it made (by matchOn, or by the typed intent hash) instead of creating it
   * again.
   */
  @ParameterizedTest(name = "matchOn={0}, HubSpot source={1}")
  @CsvSource({"true, false", "false, false", "true, true", "false, true"})
  void aLostAnswerToEveryWriteCallIsRepairedOnTheRerun(boolean matchOn, boolean hubSpotSource) {
    List<String> expected;
    int writes;
    try (VendorPair clean = scenario(matchOn, hubSpotSource)) {
      clean.sf.journal().clear();
      clean.hs.journal().clear();
      clean.run(job(clean, matchOn, hubSpotSource));
      writes =
          clean.sf.journal().filter(VendorCrashRecoveryTest::isWrite).size()
              + clean.hs.journal().filter(VendorCrashRecoveryTest::isWrite).size();
      expected = result(clean);
    }
    assertThat(writes).as("write calls of a run").isGreaterThanOrEqualTo(3);
    int failedRuns = 0;
    for (int n = 1; n <= writes; n++) {
      try (VendorPair p = scenario(matchOn, hubSpotSource)) {
        AtomicInteger seen = new AtomicInteger();
        int lost = n;
        Predicate<RecordedCall> nth = c -> isWrite(c) && seen.incrementAndGet() == lost;
        p.sf.faults().dropConnectionNext(1, nth);
        p.hs.faults().dropConnectionNext(1, nth);
        if (!p.run(job(p, matchOn, hubSpotSource)).failures().isEmpty()) {
          failedRuns++;
        }
        assertThat(seen.get())
            .as("write %d was made and its answer lost", n)
            .isGreaterThanOrEqualTo(n);
        p.sf.faults().clear();
        p.hs.faults().clear();
        assertThat(p.run(job(p, matchOn, hubSpotSource)).failures()).as("lost %d", n).isEmpty();
        assertThat(result(p)).as("answer to write %d lost", n).isEqualTo(expected);
        SyncReport again = p.run(job(p, matchOn, hubSpotSource));
        assertThat(again.isQuiet()).as("quiet after lost %d: %s", n, again).isTrue();
      }
    }
    assertThat(failedRuns).as("runs where a lost answer left a record to repair").isPositive();
  }

  /** A call that writes records (not a token, query or search call). */
  private static boolean isWrite(RecordedCall c) {
    return !c.method().equals("GET")
        && !c.path().contains("/search")
        && !c.path().contains("oauth")
        && !c.path().contains("/query");
  }
}
