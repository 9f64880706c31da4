package io.ikarus.connects.examples;

import io.ikarus.connects.sync.Conflict;
import io.ikarus.connects.sync.SyncFailure;
import io.ikarus.connects.sync.SyncReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Prints a {@link SyncReport} as the demo's summary table. */
final class SummaryTable {

  private static final int SHOWN_CONFLICTS = 3;

  private SummaryTable() {}

  /**
   * Prints one run's summary.
   *
   * @param sourceCalls API calls the run made to the source side
   * @param targetCalls API calls the run made to the target side
   */
  static void print(
      PrintStream out,
      String title,
      SyncReport report,
      List<Conflict> conflicts,
      long sourceCalls,
      long targetCalls) {
    out.println();
    out.println("  " + title + (report.dryRun() ? " (dry run: nothing written)" : ""));
    out.println("  +----------------------+------------+------------+");
    out.println("  |                      | Salesforce |    HubSpot |");
    out.println("  +----------------------+------------+------------+");
    row(out, "created", report.source().created(), report.target().created());
    row(out, "updated", report.source().updated(), report.target().updated());
    row(out, "deleted", report.source().deleted(), report.target().deleted());
    long sourceMoved = moved(report.source());
    long targetMoved = moved(report.target());
    row(out, "records written", sourceMoved, targetMoved);
    row(out, "API calls", sourceCalls, targetCalls);
    out.println("  +----------------------+------------+------------+");
    out.printf(
        "  unchanged pairs: %,d   conflicts: %d   failures: %d%n",
        report.unchanged(), report.conflicts(), report.failed());
    conflicts.stream()
        .limit(SHOWN_CONFLICTS)
        .forEach(c -> out.println("  conflict on " + c.fields() + ": " + resolution(c, report)));
    if (conflicts.size() > SHOWN_CONFLICTS) {
      out.printf(
          "  ... and %d more conflicts, settled the same way%n",
          conflicts.size() - SHOWN_CONFLICTS);
    }
    for (SyncFailure f : report.failures()) {
      out.println("  failure: " + f);
    }
  }

  private static long moved(SyncReport.Counts c) {
    return (long) c.created() + c.updated() + c.deleted();
  }

  private static void row(PrintStream out, String label, long source, long target) {
    out.printf("  | %-20s | %,10d | %,10d |%n", label, source, target);
  }

  /** How newest-wins settled a conflict, from the two versions' modification times. */
  private static String resolution(Conflict c, SyncReport report) {
    if (report.unresolved().contains(c)) {
      return "left for a person to decide";
    }
    if (c.source().modifiedAt() == null || c.target().modifiedAt() == null) {
      return "resolved by the tie-breaker (a modification time was unknown)";
    }
    Duration gap = Duration.between(c.target().modifiedAt(), c.source().modifiedAt());
    boolean hubspotWon = gap.isNegative();
    Map<String, Object> kept = hubspotWon ? c.targetValues() : c.sourceValues();
    Map<String, Object> lost = hubspotWon ? c.sourceValues() : c.targetValues();
    StringBuilder values = new StringBuilder();
    for (String field : c.fields()) {
      values.append(' ').append(field).append(" '").append(lost.get(field));
      values.append("' -> '").append(kept.get(field)).append('\'');
    }
    return String.format(
        "kept %s's version (newer by %.1f s):%s",
        hubspotWon ? "HubSpot" : "Salesforce", gap.abs().toMillis() / 1000.0, values);
  }
}
