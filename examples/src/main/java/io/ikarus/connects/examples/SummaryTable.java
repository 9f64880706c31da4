package io.ikarus.connects.examples;

import io.ikarus.connects.sync.Conflict;
import io.ikarus.connects.sync.ConflictResolution;
import io.ikarus.connects.sync.SyncFailure;
import io.ikarus.connects.sync.SyncReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/** Prints a {@link SyncReport} as the demo's summary table. */
final class SummaryTable {

  private static final int SHOWN_CONFLICTS = 3;

  private SummaryTable() {}

  /** A conflict and the resolution the sync applied to it (from {@code SyncListener}). */
  record Settled(Conflict conflict, ConflictResolution resolution) {}

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
      List<Settled> conflicts,
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
        .forEach(c -> out.println("  conflict on " + c.conflict().fields() + ": " + describe(c)));
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

  /** What the applied resolution kept for each conflicting field, and from which side. */
  private static String describe(Settled settled) {
    ConflictResolution r = settled.resolution();
    if (r.isManual()) {
      return "left for a person to decide (" + r.reason() + ")";
    }
    Conflict c = settled.conflict();
    StringBuilder values = new StringBuilder("kept");
    for (String field : c.fields()) {
      Object kept = r.values().get(field);
      boolean salesforce = Objects.equals(kept, c.sourceValues().get(field));
      Object lost = (salesforce ? c.targetValues() : c.sourceValues()).get(field);
      values.append(' ').append(field).append(" '").append(lost).append("' -> '");
      values.append(kept).append("' (").append(salesforce ? "Salesforce's" : "HubSpot's");
      values.append(')');
    }
    return values.toString();
  }
}
