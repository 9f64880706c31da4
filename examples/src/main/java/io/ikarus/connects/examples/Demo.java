package io.ikarus.connects.examples;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.sync.ConflictStrategies;
import io.ikarus.connects.sync.DeletionPolicy;
import io.ikarus.connects.sync.FileSyncStateStore;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The README's demo: a bidirectional Salesforce ↔ HubSpot contact sync, run twice.
 *
 * <p>Offline (the default) it starts FakeSalesforce and FakeHubSpot in this process, seeds a few
 * thousand messy contacts (some people in both CRMs, spelled differently), syncs them with a field
 * mapping and newest-wins conflict resolution, then edits both sides (an update on each, a real
 * conflict, a deletion, a new record) and syncs again incrementally. It prints progress and a
 * summary per run, and exits non-zero when a run does not do exactly what the scenario expects.
 *
 * <p>With the environment variables of {@link LiveCrms} set it syncs your real accounts instead, as
 * a dry run (nothing written) unless {@code IKARUS_DEMO_WRITE=true}.
 */
public final class Demo {

  private Demo() {}

  /** Runs the demo; see the class comment. */
  public static void main(String[] args) {
    int status = run(System.getenv(), System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the demo, printing to {@code out}; returns the process exit status. */
  static int run(Map<String, String> env, PrintStream out) {
    Crms live = LiveCrms.fromEnvironment(env);
    try (Crms crms = live != null ? live : OfflineCrms.start()) {
      out.println("Ikarus Connects demo, " + crms.mode());
      boolean dryRun = !crms.offline() && !"true".equals(env.get("IKARUS_DEMO_WRITE"));
      Path state = Files.createTempDirectory("ikarus-demo").resolve("contacts-sync.json");
      ProgressBar progress = new ProgressBar(out);
      SyncJob job = job(crms, FileSyncStateStore.open(state), progress, dryRun);
      if (crms instanceof OfflineCrms offline) {
        return new OfflineScenario(offline, job, progress, out).run();
      }
      SyncReport report = runOnce(crms, job, progress, out, "first sync");
      return report.failures().isEmpty() ? 0 : 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SyncJob job(
      Crms crms, FileSyncStateStore store, ProgressBar progress, boolean dryRun) {
    FieldMapping mapping = ContactMapping.salesforceToHubSpot();
    return SyncJob.builder()
        .name("contacts")
        .source(crms.salesforce(), "Contact")
        .target(crms.hubspot(), "contacts")
        .mapping(mapping)
        .direction(SyncDirection.BIDIRECTIONAL)
        .conflictStrategy(ConflictStrategies.newestWins(Duration.ofMillis(500)))
        .matchOn("Email", "email")
        .deletionPolicy(DeletionPolicy.propagate())
        .stateStore(store)
        .listener(progress)
        .dryRun(dryRun)
        .build();
  }

  /** Runs the job once and prints its summary. */
  static SyncReport runOnce(
      Crms crms, SyncJob job, ProgressBar progress, PrintStream out, String title) {
    out.println();
    out.println("== " + title);
    long sfBefore = crms.salesforceCalls();
    long hsBefore = crms.hubspotCalls();
    long started = System.nanoTime();
    SyncReport report = job.run().join();
    long millis = (System.nanoTime() - started) / 1_000_000;
    SummaryTable.print(
        out,
        title + " took " + millis + " ms",
        report,
        progress.takeConflicts(),
        crms.salesforceCalls() - sfBefore,
        crms.hubspotCalls() - hsBefore);
    return report;
  }
}
