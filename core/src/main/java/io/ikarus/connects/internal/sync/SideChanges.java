package io.ikarus.connects.internal.sync;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.SyncSide;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One side's changes for a run: records changed, ids deleted, and the checkpoint after them. */
final class SideChanges {

  final SyncSide side;
  final Checkpoint from;
  final Checkpoint to;
  final Map<String, CrmRecord> upserts = new LinkedHashMap<>();
  final Set<String> deleted = new LinkedHashSet<>();

  private SideChanges(SyncSide side, Checkpoint from, Checkpoint to) {
    this.side = side;
    this.from = from;
    this.to = to;
  }

  /** Reads every change after {@code from}, following {@code hasMore}. */
  static SideChanges read(SyncSide side, CrmConnector connector, String object, Checkpoint from) {
    Map<String, CrmRecord> upserts = new LinkedHashMap<>();
    Set<String> deleted = new LinkedHashSet<>();
    Checkpoint at = from;
    Changes page;
    do {
      page = Futures.await(connector.changesSince(object, at));
      for (CrmRecord r : page.upserts()) {
        deleted.remove(r.id());
        upserts.put(r.id(), r);
      }
      for (String id : page.deletedIds()) {
        upserts.remove(id);
        deleted.add(id);
      }
      at = page.checkpoint();
    } while (page.hasMore());
    SideChanges changes = new SideChanges(side, from, at);
    changes.upserts.putAll(upserts);
    changes.deleted.addAll(deleted);
    return changes;
  }

  /** True when the record was seen in this run (changed or deleted). */
  boolean contains(String id) {
    return upserts.containsKey(id) || deleted.contains(id);
  }

  /** Every id seen. */
  Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>(upserts.keySet());
    ids.addAll(deleted);
    return ids;
  }
}
