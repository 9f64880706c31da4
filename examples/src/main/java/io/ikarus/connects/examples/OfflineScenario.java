package io.ikarus.connects.examples;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncReport;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline story: 2,000 Salesforce contacts and 1,200 HubSpot contacts, 400 of them the same
 * people, synced; then one edit of each kind on each side, synced again. Each run's report is
 * checked against what the story must produce.
 */
final class OfflineScenario {

  static final int SALESFORCE_PEOPLE = 2_000;
  static final int HUBSPOT_FROM = 1_600;
  static final int HUBSPOT_PEOPLE = 1_200;
  private static final int DIFFERENT_EVERY = 50;

  private final OfflineCrms crms;
  private final SyncJob job;
  private final ProgressBar progress;
  private final PrintStream out;
  private final Map<Integer, String> salesforceIds = new HashMap<>();
  private final Map<Integer, String> hubspotIds = new HashMap<>();

  OfflineScenario(OfflineCrms crms, SyncJob job, ProgressBar progress, PrintStream out) {
    this.crms = crms;
    this.job = job;
    this.progress = progress;
    this.out = out;
  }

  /** Seeds, syncs, edits, syncs again; returns 0 when both runs did what they should. */
  int run() {
    seed();
    SyncReport first = Demo.runOnce(crms, job, progress, out, "first sync (matching by email)");
    int overlap = SALESFORCE_PEOPLE - HUBSPOT_FROM;
    int conflicts = overlap / DIFFERENT_EVERY;
    boolean ok =
        check(
            "first sync",
            first,
            counts(HUBSPOT_PEOPLE - overlap, conflicts, 0),
            counts(SALESFORCE_PEOPLE - overlap, 0, 0),
            conflicts);
    editBothSides();
    SyncReport second = Demo.runOnce(crms, job, progress, out, "incremental sync after edits");
    ok &= check("incremental sync", second, counts(0, 1, 1), counts(1, 2, 0), 1);
    SyncReport quiet = Demo.runOnce(crms, job, progress, out, "third sync, nothing changed");
    ok &= check("quiet sync", quiet, counts(0, 0, 0), counts(0, 0, 0), 0);
    out.println();
    out.println(ok ? "demo finished: every run did what the scenario expects" : "demo FAILED");
    return ok ? 0 : 1;
  }

  private void seed() {
    List<Map<String, Object>> people = DemoData.contacts(0, SALESFORCE_PEOPLE, 1);
    for (int i = 0; i < people.size(); i++) {
      salesforceIds.put(i, crms.salesforceServer().insert("Contact", people.get(i)));
    }
    pause(600); // HubSpot's copies are newer than Salesforce's, beyond the skew tolerance
    FieldMapping mapping = ContactMapping.salesforceToHubSpot();
    List<Map<String, Object>> hubspotPeople = DemoData.contacts(HUBSPOT_FROM, HUBSPOT_PEOPLE, 2);
    for (int k = 0; k < hubspotPeople.size(); k++) {
      int person = HUBSPOT_FROM + k;
      Map<String, Object> source =
          person < SALESFORCE_PEOPLE ? people.get(person) : hubspotPeople.get(k);
      Map<String, String> props = strings(mapping.apply(source));
      if (person < SALESFORCE_PEOPLE && (person - HUBSPOT_FROM) % DIFFERENT_EVERY == 0) {
        props.put("phone", "+1415555" + String.format("%04d", 9_000 + k)); // a real difference
      }
      hubspotIds.put(person, crms.hubspotServer().insert("contacts", props));
    }
    out.printf(
        "seeded %,d Salesforce contacts and %,d HubSpot contacts (%,d people in both)%n",
        SALESFORCE_PEOPLE, HUBSPOT_PEOPLE, SALESFORCE_PEOPLE - HUBSPOT_FROM);
  }

  private void editBothSides() {
    out.println();
    out.println("== editing both sides");
    var sf = crms.salesforce();
    var hs = crms.hubspot();
    sf.update("Contact", salesforceIds.get(5), Map.of("Phone", "(415) 555-0123")).join();
    hs.update("contacts", hubspotIds.get(2_100), Map.of("lastname", "Hopper-Murray")).join();
    hs.update("contacts", hubspotIds.get(1_700), Map.of("firstname", "Adaline")).join();
    pause(1_200); // the Salesforce edit of the same person is the newer one
    sf.update("Contact", salesforceIds.get(1_700), Map.of("FirstName", "Adela")).join();
    hs.delete("contacts", hubspotIds.get(2_500)).join();
    sf.create("Contact", DemoData.contacts(5_000, 1, 3).get(0)).join();
    out.println("  Salesforce: updated a phone, renamed a person (conflict), added a contact");
    out.println("  HubSpot:    changed a last name, renamed the same person earlier, deleted one");
  }

  private boolean check(
      String run,
      SyncReport report,
      SyncReport.Counts salesforce,
      SyncReport.Counts hubspot,
      int conflicts) {
    boolean ok =
        report.source().equals(salesforce)
            && report.target().equals(hubspot)
            && report.conflicts() == conflicts
            && report.failures().isEmpty()
            && report.unresolved().isEmpty();
    if (!ok) {
      out.printf(
          "  UNEXPECTED in %s: wanted Salesforce %s, HubSpot %s, %d conflicts, no failures%n",
          run, salesforce, hubspot, conflicts);
    }
    return ok;
  }

  private static SyncReport.Counts counts(int created, int updated, int deleted) {
    return new SyncReport.Counts(created, updated, deleted);
  }

  private static Map<String, String> strings(Map<String, Object> values) {
    Map<String, String> props = new LinkedHashMap<>();
    values.forEach((k, v) -> props.put(k, v == null ? null : v.toString()));
    return props;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
