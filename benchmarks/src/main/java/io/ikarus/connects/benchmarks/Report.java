package io.ikarus.connects.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Formats the results as a Markdown table with the floors' notes. */
final class Report {

  static final String HEADER =
      "| scenario | N | client | records | API calls | call floor | 429s | wall | time floor"
          + " | wall/floor | records/s | peak heap | baseline / SDK |";

  private Report() {}

  /** The table, one SDK row and one baseline row per scenario, then the notes. */
  static String table(List<ResultRow> rows) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
    for (ResultRow r : rows) {
      b.append(line(r, "SDK", r.sdk(), r.sdkRatio(), "")).append('\n');
      if (r.baseline() != null) {
        String speedUp =
            String.format(Locale.ROOT, "%.0fx calls, %.1fx wall", r.callSpeedUp(), r.wallSpeedUp());
        b.append(line(r, "naive", r.baseline(), r.baselineRatio(), speedUp)).append('\n');
      }
    }
    b.append('\n');
    for (ResultRow r : rows) {
      b.append("- ").append(r.scenario()).append(", N=").append(r.records()).append(": floors: ");
      b.append(r.floorNote()).append('.');
      note(b, "SDK", r.sdk());
      if (r.baseline() != null) {
        note(b, "naive", r.baseline());
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static void note(StringBuilder b, String who, Measurement m) {
    if (!m.note().isEmpty()) {
      b.append(' ').append(who).append(": ").append(m.note()).append('.');
    }
  }

  private static String line(ResultRow r, String who, Measurement m, double ratio, String vs) {
    return String.join(
        " | ",
        "| " + r.scenario(),
        Long.toString(r.records()),
        who
            + (m.note().startsWith("extrapolated") ? " (extrapolated)" : "")
            + (m.note().startsWith("died") ? " (failed)" : "")
            + (m.note().startsWith("stopped") ? " (stopped)" : ""),
        Long.toString(m.records()),
        Long.toString(m.apiCalls()),
        Long.toString(r.callFloor()),
        Long.toString(m.throttled()),
        duration(m.wall()),
        duration(r.timeFloor()),
        Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio),
        String.format(Locale.ROOT, "%,.0f", m.recordsPerSecond()),
        bytes(m.peakHeapBytes()),
        vs + " |");
  }

  /** The sustained-rate floor and the SDK's wall time over it, for the notes. */
  static String sustained(Duration floor, Measurement sdk) {
    double ratio = (double) sdk.wall().toNanos() / Math.max(1, floor.toNanos());
    return duration(floor) + String.format(Locale.ROOT, " (SDK wall/that = %.2f)", ratio);
  }

  /** {@code 1.234 s} or {@code 40 ms}. */
  static String duration(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /** {@code 123 MB}, or n/a. */
  static String bytes(long bytes) {
    return bytes < 0 ? "n/a" : (bytes + (1 << 19)) / (1 << 20) + " MB";
  }
}
