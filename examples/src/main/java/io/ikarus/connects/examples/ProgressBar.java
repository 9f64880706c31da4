package io.ikarus.connects.examples;

import io.ikarus.connects.sync.Conflict;
import io.ikarus.connects.sync.ConflictResolution;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncSide;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A {@link SyncListener} that draws a one-line progress bar and keeps the conflicts it saw. */
final class ProgressBar implements SyncListener {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final List<SummaryTable.Settled> conflicts = new ArrayList<>();
  private int lastDrawn = -1;

  ProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void onChangesRead(SyncSide side, int upserts, int deletions) {
    String name = side == SyncSide.SOURCE ? "Salesforce" : "HubSpot";
    out.printf("  read %-10s changes: %,6d changed, %,d deleted%n", name, upserts, deletions);
  }

  @Override
  public synchronized void onProgress(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    if (filled == lastDrawn && done != total) {
      return;
    }
    lastDrawn = filled;
    out.printf(
        "\r  writing [%s%s] %,d/%,d", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total);
    if (done == total) {
      out.println();
    }
  }

  @Override
  public synchronized void onConflict(Conflict conflict, ConflictResolution resolution) {
    conflicts.add(new SummaryTable.Settled(conflict, resolution));
  }

  @Override
  public synchronized void onFinish(SyncReport report) {
    lastDrawn = -1;
  }

  /** The conflicts seen so far with how they were settled, and forgets them. */
  synchronized List<SummaryTable.Settled> takeConflicts() {
    List<SummaryTable.Settled> taken = List.copyOf(conflicts);
    conflicts.clear();
    return taken;
  }
}
