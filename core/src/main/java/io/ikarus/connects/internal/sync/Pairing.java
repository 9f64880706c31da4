package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.internal.mapping.FieldPath;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a run's changes into entities: records of a link together, then unlinked records paired
 * first with the record a crashed run may already have created for them (same mapped values as the
 * saved intent), then by the normalised {@code matchOn} values.
 */
final class Pairing {

  private final SyncSettings settings;
  private final MappedValues values;
  private final Failures failures;
  private final Map<String, Entity> linked = new LinkedHashMap<>();
  private final Map<SyncSide, List<Entity>> unlinked = new HashMap<>();

  Pairing(SyncSettings settings, MappedValues values, Failures failures) {
    this.settings = settings;
    this.values = values;
    this.failures = failures;
    unlinked.put(SyncSide.SOURCE, new ArrayList<>());
    unlinked.put(SyncSide.TARGET, new ArrayList<>());
  }

  /** Builds the entities of a run. */
  List<Entity> pair(SideChanges source, SideChanges target, List<PendingRecord> intents) {
    add(source);
    add(target);
    for (PendingRecord intent : intents) {
      unlinked.get(intent.side()).stream()
          .filter(e -> intent.id().equals(e.id(intent.side())))
          .forEach(e -> e.side(intent.side()).intentHash = intent.intentHash());
    }
    matchIntents(SyncSide.SOURCE);
    matchIntents(SyncSide.TARGET);
    if (settings.matchSource() != null) {
      matchOn();
    }
    List<Entity> all = new ArrayList<>(linked.values());
    all.addAll(unlinked.get(SyncSide.SOURCE));
    all.addAll(unlinked.get(SyncSide.TARGET));
    return all;
  }

  private void add(SideChanges changes) {
    SyncSide side = changes.side;
    Map<String, SyncLink> links = settings.store().links(settings.job(), side, changes.ids());
    for (String id : changes.ids()) {
      CrmRecord record = changes.upserts.get(id);
      Entity.Side s = new Entity.Side();
      s.id = id;
      s.record = record;
      s.deleted = record == null;
      if (record != null && !computeValues(side, s)) {
        continue;
      }
      SyncLink link = links.get(id);
      Entity e =
          link == null
              ? new Entity(null)
              : linked.computeIfAbsent(link.sourceId(), k -> new Entity(link));
      copy(s, e.side(side));
      if (link == null) {
        unlinked.get(side).add(e);
      }
    }
  }

  private boolean computeValues(SyncSide side, Entity.Side s) {
    try {
      s.values = values.of(side, s.record);
      return true;
    } catch (ValidationException e) {
      failures.add(side, s.record.id(), "map", e);
      return false;
    }
  }

  private void matchIntents(SyncSide origin) {
    Map<String, List<Entity>> candidates = new HashMap<>();
    for (Entity e : unlinked.get(origin.other())) {
      if (e.side(origin.other()).present()) {
        candidates
            .computeIfAbsent(Canonical.hash(e.side(origin.other()).values), k -> new ArrayList<>())
            .add(e);
      }
    }
    for (Entity e : new ArrayList<>(unlinked.get(origin))) {
      String hash = e.side(origin).intentHash;
      List<Entity> found = hash == null ? null : candidates.get(hash);
      if (found != null && !found.isEmpty()) {
        join(e, origin, found.remove(0));
      }
    }
  }

  private void matchOn() {
    Map<String, List<Entity>> byKey = new HashMap<>();
    for (Entity e : unlinked.get(SyncSide.TARGET)) {
      String key = key(e, SyncSide.TARGET, settings.matchTarget());
      if (key != null) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    for (Entity e : new ArrayList<>(unlinked.get(SyncSide.SOURCE))) {
      String key = key(e, SyncSide.SOURCE, settings.matchSource());
      List<Entity> found = key == null ? null : byKey.get(key);
      if (found != null && !found.isEmpty()) {
        join(e, SyncSide.SOURCE, found.remove(0));
      }
    }
  }

  private static String key(Entity e, SyncSide side, String field) {
    CrmRecord r = e.side(side).record;
    if (r == null || e.side(side.other()).seen()) {
      return null;
    }
    Object v = FieldPath.parse(field, field).read(r.fields());
    return v == FieldPath.MISSING ? null : MatchKey.of(v);
  }

  /** Moves the other side of {@code partner} into {@code e}. */
  private void join(Entity e, SyncSide side, Entity partner) {
    copy(partner.side(side.other()), e.side(side.other()));
    unlinked.get(side.other()).remove(partner);
  }

  private static void copy(Entity.Side from, Entity.Side to) {
    to.id = from.id;
    to.record = from.record;
    to.deleted = from.deleted;
    to.values = from.values;
    to.intentHash = from.intentHash;
  }
}
