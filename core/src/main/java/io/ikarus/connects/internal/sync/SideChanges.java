package io.ikarus.connects.internal.sync;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.SyncSide;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Changes of one side read from {@code from} to {@code to}: records changed and ids deleted, a
 * later page's news replacing an earlier page's. A whole run's changes, or one window of them.
 */
final class SideChanges {

  final SyncSide side;
  final Checkpoint from;
  Checkpoint to;
  final Map<String, CrmRecord> upserts = new LinkedHashMap<>();
  final Set<String> deleted = new LinkedHashSet<>();

  SideChanges(SyncSide side, Checkpoint from) {
    this.side = side;
    this.from = from;
    this.to = from;
  }

  /** Adds one page of the feed and moves {@code to} past it. */
  void add(Changes page) {
    for (CrmRecord r : page.upserts()) {
      deleted.remove(r.id());
      upserts.put(r.id(), r);
    }
    for (String id : page.deletedIds()) {
      upserts.remove(id);
      deleted.add(id);
    }
    to = page.checkpoint();
  }

  /** True when the record was seen (changed or deleted). */
  boolean contains(String id) {
    return upserts.containsKey(id) || deleted.contains(id);
  }

  /** How many records were seen. */
  int size() {
    return upserts.size() + deleted.size();
  }

  /** Every id seen. */
  Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>(upserts.keySet());
    ids.addAll(deleted);
    return ids;
  }
}
