package io.ikarus.connects.internal.sync;

import io.ikarus.connects.error.OutcomeUnknownException;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns decisions and write results into link changes, retries and counts. A deferred write keeps
 * the link as it was and marks both records for the next run, which reads them again.
 */
final class Outcomes {

  final List<SyncLink> save = new ArrayList<>();
  final List<SyncLink> remove = new ArrayList<>();
  final List<io.ikarus.connects.sync.Conflict> unresolved = new ArrayList<>();
  private final int[][] counts = new int[2][3];
  int unchanged;
  int deferred;
  int outcomeUnknown;

  /** Collects the outcome of one decision, its writes already made (or assumed, in a dry run). */
  void add(Entity e, Decision d, Failures failures) {
    for (Write w : d.writes) {
      if (w.deferred()) {
        deferred++;
        failures.defer(w.side, w.id, e.id(w.side.other()));
      } else if (w.error instanceof OutcomeUnknownException && w.kind == Write.Kind.CREATE) {
        // Not a failure: the intent saved before the write stays (settle keeps it for a failed
        // create), and the next run links the record if the vendor made it or creates it if not.
        outcomeUnknown++;
      } else if (w.failed()) {
        failures.add(w.side.other(), e.id(w.side.other()), w.operation(), w.error);
      } else {
        counts[w.side.ordinal()][w.kind.ordinal()]++;
      }
    }
    if (d.unlink) {
      if (e.link != null && d.allWritesSucceeded()) {
        remove.add(e.link);
      }
    } else if (d.manual != null) {
      unresolved.add(d.manual);
      failures.retry(SyncSide.SOURCE, e.id(SyncSide.SOURCE));
      failures.retry(SyncSide.TARGET, e.id(SyncSide.TARGET));
      keep(e, link(e, d, e.link == null ? null : e.link.base()));
    } else {
      if (d.writes.isEmpty()) {
        unchanged++;
      }
      Map<String, Object> base =
          d.allWritesSucceeded() ? Canonical.of(d.agreed) : e.link == null ? null : e.link.base();
      keep(e, link(e, d, base));
    }
  }

  SyncReport.Counts counts(SyncSide side) {
    int[] c = counts[side.ordinal()];
    return new SyncReport.Counts(c[0], c[1], c[2]);
  }

  private void keep(Entity e, SyncLink link) {
    if (link != null && !sameLink(link, e.link)) {
      save.add(link);
    }
  }

  private static SyncLink link(Entity e, Decision d, Map<String, Object> base) {
    String sourceId = id(e, d, SyncSide.SOURCE);
    String targetId = id(e, d, SyncSide.TARGET);
    if (sourceId == null || targetId == null) {
      return null;
    }
    return new SyncLink(
        sourceId, targetId, hash(e, d, SyncSide.SOURCE), hash(e, d, SyncSide.TARGET), base);
  }

  private static String id(Entity e, Decision d, SyncSide side) {
    String id = e.id(side);
    if (id != null) {
      return id;
    }
    return d.writes.stream()
        .filter(w -> w.side == side && w.kind == Write.Kind.CREATE && w.newId != null)
        .map(w -> w.newId)
        .findFirst()
        .orElse(null);
  }

  /** What the side holds now: the agreed values if written, else the values it was read with. */
  private static String hash(Entity e, Decision d, SyncSide side) {
    boolean written = d.writes.stream().anyMatch(w -> w.side == side && !w.failed());
    Map<String, Object> values = written ? d.agreed : e.side(side).values;
    return Canonical.hash(values);
  }

  private static boolean sameLink(SyncLink a, SyncLink b) {
    return b != null
        && a.sourceId().equals(b.sourceId())
        && a.targetId().equals(b.targetId())
        && a.sourceHash().equals(b.sourceHash())
        && a.targetHash().equals(b.targetHash())
        && (a.base() == null
            ? b.base() == null
            : b.base() != null && Canonical.same(a.base(), b.base()))
        && Objects.equals(a.base() == null, b.base() == null);
  }
}
