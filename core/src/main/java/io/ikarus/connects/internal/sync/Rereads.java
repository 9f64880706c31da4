package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.SyncSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before a window's writes, reads again the records to be updated on a side whose connector has no
 * conditional updates, one {@link CrmConnector#getAll} per side (a consistent batch read), because
 * an update there cannot be refused when the record changed after the run took its values (from a
 * lagging change feed, or from the link's base when the feed did not mention it). A record whose
 * values differ from the ones decided with is decided again with its current values, so the
 * conflict strategy sees the real edit instead of the update overwriting it; a record gone is
 * decided as deleted. When the read fails, that side's writes of the window are not made and are
 * reported failed, to be retried.
 */
final class Rereads {

  private final SyncSettings settings;
  private final MappedValues values;
  private final Decider decider;
  private final Failures failures;

  Rereads(SyncSettings settings, MappedValues values, Decider decider, Failures failures) {
    this.settings = settings;
    this.values = values;
    this.decider = decider;
    this.failures = failures;
  }

  /** Reads and re-decides in place: {@code decisions} ends with the decisions to carry out. */
  void run(Map<Entity, Decision> decisions) {
    for (SyncSide side : SyncSide.values()) {
      CrmConnector connector = settings.connector(side);
      if (!connector.capabilities().conditionalUpdates()) {
        reread(side, connector, decisions);
      }
    }
  }

  private void reread(SyncSide side, CrmConnector connector, Map<Entity, Decision> decisions) {
    Map<String, Entity> updated = new LinkedHashMap<>();
    decisions.forEach(
        (e, d) ->
            d.writes.stream()
                .filter(w -> w.side == side && w.kind == Write.Kind.UPDATE)
                .filter(w -> e.side(side).values != null)
                .forEach(w -> updated.put(w.id, e)));
    if (updated.isEmpty()) {
      return;
    }
    Map<String, CrmRecord> now;
    try {
      now = Futures.await(connector.getAll(settings.object(side), List.copyOf(updated.keySet())));
    } catch (CrmException e) {
      updated.values().forEach(entity -> failSide(decisions.get(entity), side, e));
      return;
    }
    updated.forEach((id, e) -> check(e, side, now.get(id), decisions));
  }

  private void check(Entity e, SyncSide side, CrmRecord now, Map<Entity, Decision> decisions) {
    Entity.Side here = e.side(side);
    if (now == null) {
      here.record = null;
      here.values = null;
      here.deleted = true;
    } else {
      Map<String, Object> current;
      try {
        current = values.of(side, now);
      } catch (ValidationException bad) {
        failures.add(side, now.id(), "map", bad);
        failSide(decisions.get(e), side, bad);
        return;
      }
      if (Canonical.same(current, here.values)) {
        return;
      }
      here.record = now;
      here.values = current;
    }
    Decision old = decisions.remove(e);
    if (old.conflicted) {
      decider.conflicts--;
    }
    Decision d = decider.decide(e);
    if (d != null) {
      decisions.put(e, d);
    }
  }

  private static void failSide(Decision d, SyncSide side, CrmException error) {
    d.writes.stream().filter(w -> w.side == side).forEach(w -> w.error = error);
  }
}
