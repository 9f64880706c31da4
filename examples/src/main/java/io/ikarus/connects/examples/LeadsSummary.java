package io.ikarus.connects.examples;

import io.ikarus.connects.leads.SourceMetrics;
import java.io.PrintStream;
import java.util.Map;

/** Prints the leads demo's table: per source, what arrived and what became of it. */
final class LeadsSummary {

  private LeadsSummary() {}

  static void print(PrintStream out, Map<String, SourceMetrics> metrics, long contacts) {
    out.println();
    out.println("  +----------------+----------+---------+------------+-----------+--------+");
    out.println("  | source         | received | created | duplicates | delivered | avg ms |");
    out.println("  +----------------+----------+---------+------------+-----------+--------+");
    for (String id : LeadsScenario.order()) {
      SourceMetrics m = metrics.get(id);
      if (m != null) {
        out.printf(
            "  | %-14s | %8d | %7d | %10d | %9d | %6.1f |%n",
            id,
            m.received(),
            m.created(),
            m.duplicates(),
            m.delivered(),
            m.averageProcessingTime().toNanos() / 1e6);
      }
    }
    out.println("  +----------------+----------+---------+------------+-----------+--------+");
    out.printf("  contacts in HubSpot: %d%n", contacts);
  }
}
