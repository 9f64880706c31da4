package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Query;
import io.ikarus.connects.synctests.VendorPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
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
   * A synced pair, then an update, a create and a delete on Salesforce, and a HubSpot create.
   * HubSpot records carry is_active, which Salesforce defaults on create (a vendor default would
   * otherwise come back as one more, legitimate, change).
   */
  private static VendorPair scenario(boolean matchOn, boolean hubSpotSource) {
    VendorPair p = new VendorPair();
    String ada = p.sf.insert("Account", Map.of("Name", "Ada", "NumberOfEmployees", 42));
    String bob = p.sf.insert("Account", Map.of("Name", "Bob", "NumberOfEmployees", 7));
    p.hs.insert("companies", Map.of("name", "Cy", "numberofemployees", "3", "is_active", "false"));
    p.run(job(p, matchOn, hubSpotSource));
    p.salesforce.update("Account", ada, Map.of("NumberOfEmployees", 43)).join();
    p.sf.insert("Account", Map.of("Name", "Dee", "NumberOfEmployees", 1500));
    p.salesforce.delete("Account", bob).join();
    p.hs.insert(
        "companies", Map.of("name", "Eve", "numberofemployees", "12.0", "is_active", "false"));
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
}
