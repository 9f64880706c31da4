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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One run of a sync job, in windows, so that its memory is bounded by a window and not by the
 * number of changes.
 *
 * <p>The run first reads both change feeds a page at a time, the side with fewer changes read next,
 * until one feed ends: that side is <em>held</em> whole (it is the smaller one). The other side is
 * <em>streamed</em>: read in windows of about {@code window} changes. Each window is paired with
 * the held changes (by link, create intent and {@code matchOn}), decided and written; entities that
 * only have held changes wait for the last window, because their partner may still come in a later
 * one. The next window is read while this one's writes are made.
 *
 * <p>Crash safety rests on the order of the state changes of each window:
 *
 * <ol>
 *   <li>read again the records to update on a side without conditional updates, and decide again
 *       those that changed ({@link Rereads});
 *   <li>save a create intent (the hash of the values to create) for every create of the window;
 *   <li>make the window's writes (updates conditional on the version read, where the vendor can; a
 *       refused one is deferred to the next run);
 *   <li>save and remove the window's links, then save its retries and drop the intents it settled;
 *   <li>save the streamed side's checkpoint at the end of the window, last.
 * </ol>
 *
 * After the last window the pending records loaded at the start are settled and both checkpoints
 * saved. So a checkpoint never moves past a change that is not yet written, linked or kept as a
 * retry: the streamed side's moves only past windows whose writes, links and retries are saved, and
 * the held side's only at the end, when every held change has been decided. A crash anywhere leaves
 * the checkpoints at or before the first unfinished window, so the rerun reads its changes again,
 * plus the job's own writes, which now show on the other feed. Writes already made are then
 * recognised: an update or delete left the two sides equal (nothing to do), and a create shows up
 * as a new unlinked record with exactly the intent's values, which is linked instead of created
 * again. Links of finished windows are saved, so their records, read again, are no new work.
 *
 * <p>When both feeds end within the first window, the run is one window: all changes of both sides
 * are paired and decided together.
 */
public final class SyncRun {

  private final SyncSettings s;
  private final SyncStateStore store;
  private final Failures failures;
  private final MappedValues values;
  private final Decider decider;
  private final Outcomes outcomes = new Outcomes();
  private final Set<String> savedRetries = new HashSet<>();

  /** Prepares a run. */
  public SyncRun(SyncSettings settings) {
    this.s = settings;
    this.store = settings.store();
    this.failures = new Failures(settings.listener());
    this.values =
        new MappedValues(settings.mapping(), settings.reverse(), new FieldTypes(settings));
    this.decider = new Decider(settings, values, failures);
  }

  /** Runs, blocking the calling thread; throws what ended the run. */
  public SyncReport execute() {
    s.listener().onStart(s.job());
    Feed source = feed(SyncSide.SOURCE);
    Feed target = feed(SyncSide.TARGET);
    List<PendingRecord> pending = store.pending(s.job());
    while (!source.done() && !target.done()) {
      (target.window().size() <= source.window().size() ? target : source).readPage();
    }
    Feed held = target.done() ? target : source;
    Feed streamed = held == target ? source : target;
    Futures.await(streamed.fill(s.window()));
    fetchPending(pending, source.window(), target.window());
    List<PendingRecord> intents = pending.stream().filter(PendingRecord::isIntent).toList();
    SideChanges heldChanges = held.next();
    Map<String, Entity.Side> heldSides = Pairing.sides(heldChanges, values, failures);
    Map<String, SyncLink> heldLinks = store.links(s.job(), held.side, heldSides.keySet());
    SideChanges window = streamed.next();
    changesRead(source.side == held.side ? heldChanges : window);
    changesRead(target.side == held.side ? heldChanges : window);
    while (true) {
      boolean last = streamed.done();
      CompletableFuture<SideChanges> next = last ? null : streamed.fill(s.window());
      Pairing.Input in =
          new Pairing.Input(
              Pairing.sides(window, values, failures).values(),
              store.links(s.job(), streamed.side, window.ids()));
      Pairing.Input out = new Pairing.Input(heldSides.values(), heldLinks);
      List<Entity> entities =
          new Pairing(s)
              .pair(
                  streamed.side == SyncSide.SOURCE ? in : out,
                  streamed.side == SyncSide.SOURCE ? out : in,
                  intents);
      Map<Entity, Decision> decisions = new LinkedHashMap<>();
      for (Entity e : entities) {
        if (last || e.side(streamed.side).seen()) {
          Entity.Side h = e.side(held.side);
          if (h.seen()) {
            heldSides.remove(h.id);
          }
          decide(e, decisions);
        }
      }
      if (s.dryRun()) {
        plan(decisions);
        outcomes.save.clear();
        outcomes.remove.clear();
      } else {
        apply(decisions, last ? pending : List.of());
        if (last) {
          saveCheckpoint(held == source ? heldChanges : window);
          saveCheckpoint(held == target ? heldChanges : window);
        } else {
          saveCheckpoint(window);
        }
      }
      if (last) {
        break;
      }
      Futures.await(next);
      window = streamed.next();
      changesRead(window);
    }
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
            outcomes.deferred,
            outcomes.outcomeUnknown);
    s.listener().onFinish(report);
    return report;
  }

  private Feed feed(SyncSide side) {
    Checkpoint from = store.checkpoint(s.job(), side).orElse(Checkpoint.initial());
    return new Feed(side, s.connector(side), s.object(side), from);
  }

  private void changesRead(SideChanges changes) {
    s.listener().onChangesRead(changes.side, changes.upserts.size(), changes.deleted.size());
  }

  private void decide(Entity e, Map<Entity, Decision> decisions) {
    if (resolveUnseen(e)) {
      Decision d = decider.decide(e);
      if (d != null) {
        decisions.put(e, d);
      }
    }
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

  private void plan(Map<Entity, Decision> decisions) {
    decisions.forEach((e, d) -> outcomes.add(e, d, failures));
  }

  /**
   * Makes a window's writes and saves its state, in the order the class description gives; {@code
   * loaded} are the pending records loaded at the start, settled with the last window.
   */
  private void apply(Map<Entity, Decision> decisions, List<PendingRecord> loaded) {
    new Rereads(s, values, decider, failures).run(decisions);
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
    plan(decisions);
    if (!outcomes.save.isEmpty()) {
      store.saveLinks(s.job(), outcomes.save);
    }
    if (!outcomes.remove.isEmpty()) {
      store.removeLinks(s.job(), outcomes.remove);
    }
    outcomes.save.clear();
    outcomes.remove.clear();
    settle(intents, loaded, decisions);
  }

  /** Saves the window's new retries, then drops the intents and loaded records it settled. */
  private void settle(
      List<PendingRecord> intents, List<PendingRecord> loaded, Map<Entity, Decision> decisions) {
    Map<String, PendingRecord> keep = new LinkedHashMap<>();
    failures.retries.forEach(
        (key, p) -> {
          if (!savedRetries.contains(key)) {
            keep.put(key, p);
          }
        });
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
    savedRetries.addAll(keep.keySet());
    List<PendingRecord> settled = new ArrayList<>(loaded);
    settled.addAll(intents);
    settled.removeIf(p -> savedRetries.contains(p.side() + "/" + p.id()));
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
