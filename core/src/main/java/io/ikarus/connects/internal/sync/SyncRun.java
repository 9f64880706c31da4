package io.ikarus.connects.internal.sync;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.sync.SyncStateStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a sync job. The order of its state changes is what makes it crash-safe:
 *
 * <ol>
 *   <li>read both change feeds from the stored checkpoints (no state changes);
 *   <li>save a create intent (the hash of the values to create) for every create;
 *   <li>make the writes (updates conditional on the version read, where the vendor can; a refused
 *       one is deferred to the next run);
 *   <li>save and remove links, then save retries and drop settled pending records;
 *   <li>save the checkpoints, last.
 * </ol>
 *
 * A crash anywhere leaves the checkpoints where they were, so the rerun reads the same changes
 * again, plus the job's own writes, which now show on the other feed. Writes already made are then
 * recognised: an update or delete left the two sides equal (nothing to do), and a create shows up
 * as a new unlinked record with exactly the intent's values, which is linked instead of created
 * again.
 */
public final class SyncRun {

  private final SyncSettings s;
  private final SyncStateStore store;
  private final Failures failures;
  private final MappedValues values;

  /** Prepares a run. */
  public SyncRun(SyncSettings settings) {
    this.s = settings;
    this.store = settings.store();
    this.failures = new Failures(settings.listener());
    this.values =
        new MappedValues(settings.mapping(), settings.reverse(), new FieldTypes(settings));
  }

  /** Runs, blocking the calling thread; throws what ended the run. */
  public SyncReport execute() {
    s.listener().onStart(s.job());
    SideChanges source = read(SyncSide.SOURCE);
    SideChanges target = read(SyncSide.TARGET);
    List<PendingRecord> pending = store.pending(s.job());
    fetchPending(pending, source, target);
    List<PendingRecord> intents = pending.stream().filter(PendingRecord::isIntent).toList();
    List<Entity> entities = new Pairing(s, values, failures).pair(source, target, intents);
    Decider decider = new Decider(s, values, failures);
    Map<Entity, Decision> decisions = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (resolveUnseen(e)) {
        Decision d = decider.decide(e);
        if (d != null) {
          decisions.put(e, d);
        }
      }
    }
    Outcomes outcomes = s.dryRun() ? plan(decisions) : apply(decisions, pending, source, target);
    SyncReport report =
        new SyncReport(
            s.job(),
            s.dryRun(),
            outcomes.counts(SyncSide.SOURCE),
            outcomes.counts(SyncSide.TARGET),
            outcomes.unchanged,
            decider.conflicts,
            outcomes.unresolved,
            failures.list,
            outcomes.deferred);
    s.listener().onFinish(report);
    return report;
  }

  private SideChanges read(SyncSide side) {
    Checkpoint from = store.checkpoint(s.job(), side).orElse(Checkpoint.initial());
    SideChanges changes = SideChanges.read(side, s.connector(side), s.object(side), from);
    s.listener().onChangesRead(side, changes.upserts.size(), changes.deleted.size());
    return changes;
  }

  private void fetchPending(List<PendingRecord> pending, SideChanges source, SideChanges target) {
    for (PendingRecord p : pending) {
      SideChanges changes = p.side() == SyncSide.SOURCE ? source : target;
      if (!changes.contains(p.id())) {
        CrmRecord r = fetch(p.side(), p.id());
        if (r != null) {
          changes.upserts.put(p.id(), r);
        } else if (!failures.retries.containsKey(p.side() + "/" + p.id())) {
          changes.deleted.add(p.id());
        }
      }
    }
  }

  /** The record, or null when it is gone (or could not be read: then it is reported and kept). */
  private CrmRecord fetch(SyncSide side, String id) {
    try {
      return Futures.await(s.connector(side).get(s.object(side), id));
    } catch (NotFoundException e) {
      return null;
    } catch (CrmException e) {
      failures.add(side, id, "read", e);
      return null;
    }
  }

  /**
   * Fills in the values of a linked side the feeds did not mention: the link's base when the side
   * was last seen agreeing with it, else the record read now. False when the entity must wait.
   */
  private boolean resolveUnseen(Entity e) {
    if (e.link == null) {
      return true;
    }
    for (SyncSide side : SyncSide.values()) {
      Entity.Side here = e.side(side);
      if (here.seen() || !e.side(side.other()).present()) {
        continue;
      }
      SyncLink link = e.link;
      if (link.base() != null && link.hash(side).equals(Canonical.hash(link.base()))) {
        here.values = link.base();
        continue;
      }
      if (!load(e, side)) {
        return false;
      }
    }
    return true;
  }

  private boolean load(Entity e, SyncSide side) {
    String id = e.link.id(side);
    try {
      CrmRecord r = Futures.await(s.connector(side).get(s.object(side), id));
      e.side(side).record = r;
      e.side(side).values = values.of(side, r);
      return true;
    } catch (NotFoundException gone) {
      e.side(side).deleted = true;
      return true;
    } catch (ValidationException bad) {
      failures.add(side, id, "map", bad);
    } catch (CrmException error) {
      failures.add(side, id, "read", error);
    }
    failures.retry(side.other(), e.link.id(side.other()));
    return false;
  }

  private Outcomes plan(Map<Entity, Decision> decisions) {
    Outcomes outcomes = new Outcomes();
    decisions.forEach((e, d) -> outcomes.add(e, d, failures));
    return outcomes;
  }

  private Outcomes apply(
      Map<Entity, Decision> decisions,
      List<PendingRecord> pending,
      SideChanges source,
      SideChanges target) {
    List<Write> writes = new ArrayList<>();
    List<PendingRecord> intents = new ArrayList<>();
    decisions.forEach(
        (e, d) -> {
          writes.addAll(d.writes);
          for (Write w : d.writes) {
            if (w.kind == Write.Kind.CREATE) {
              SyncSide origin = w.side.other();
              intents.add(new PendingRecord(origin, e.id(origin), Canonical.hash(d.agreed)));
            }
          }
        });
    if (!intents.isEmpty()) {
      store.savePending(s.job(), intents);
    }
    new Versions(s, values).fill(writes);
    new WriteBatches(s, writes.size()).run(writes);
    Outcomes outcomes = plan(decisions);
    if (!outcomes.save.isEmpty()) {
      store.saveLinks(s.job(), outcomes.save);
    }
    if (!outcomes.remove.isEmpty()) {
      store.removeLinks(s.job(), outcomes.remove);
    }
    settlePending(pending, intents, decisions);
    saveCheckpoint(source);
    saveCheckpoint(target);
    return outcomes;
  }

  /** Saves this run's retries, then drops the pending records it settled. */
  private void settlePending(
      List<PendingRecord> loaded, List<PendingRecord> intents, Map<Entity, Decision> decisions) {
    Map<String, PendingRecord> keep = new LinkedHashMap<>(failures.retries);
    decisions.forEach(
        (e, d) ->
            d.writes.stream()
                .filter(w -> w.kind == Write.Kind.CREATE && w.failed())
                .forEach(
                    w ->
                        intents.stream()
                            .filter(
                                i -> i.side() == w.side.other() && i.id().equals(e.id(i.side())))
                            .forEach(i -> keep.put(i.side() + "/" + i.id(), i))));
    if (!keep.isEmpty()) {
      store.savePending(s.job(), keep.values());
    }
    List<PendingRecord> settled = new ArrayList<>(loaded);
    settled.addAll(intents);
    settled.removeIf(p -> keep.containsKey(p.side() + "/" + p.id()));
    if (!settled.isEmpty()) {
      store.removePending(s.job(), settled);
    }
  }

  private void saveCheckpoint(SideChanges changes) {
    if (!changes.to.equals(changes.from)) {
      store.saveCheckpoint(s.job(), changes.side, changes.to);
    }
  }
}
