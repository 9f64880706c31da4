package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.internal.mapping.FieldPath;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a window's changes into entities: records of a link together, then unlinked records paired
 * first with the record a crashed run may already have created for them (same mapped values as the
 * saved intent), then by the normalised {@code matchOn} values.
 */
final class Pairing {

  private final SyncSettings settings;
  private final Map<String, Entity> linked = new LinkedHashMap<>();
  private final Map<SyncSide, List<Entity>> unlinked = new HashMap<>();

  Pairing(SyncSettings settings) {
    this.settings = settings;
    unlinked.put(SyncSide.SOURCE, new ArrayList<>());
    unlinked.put(SyncSide.TARGET, new ArrayList<>());
  }

  /**
   * Builds the entities of a window: the records of {@code source} and {@code target} (mapped by
   * {@link #sides}) with their links, paired.
   */
  List<Entity> pair(Input source, Input target, List<PendingRecord> intents) {
    add(SyncSide.SOURCE, source);
    add(SyncSide.TARGET, target);
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

  /** One side's records for {@link #pair}, mapped, and the links of their ids. */
  record Input(Collection<Entity.Side> sides, Map<String, SyncLink> links) {}

  /**
   * The records of {@code changes}, mapped to target field names, by id; a record that cannot be
   * mapped is reported and left out.
   */
  static Map<String, Entity.Side> sides(
      SideChanges changes, MappedValues values, Failures failures) {
    Map<String, Entity.Side> out = new LinkedHashMap<>();
    for (String id : changes.ids()) {
      CrmRecord record = changes.upserts.get(id);
      Entity.Side s = new Entity.Side();
      s.id = id;
      s.record = record;
      s.deleted = record == null;
      if (record == null || computeValues(changes.side, s, values, failures)) {
        out.put(id, s);
      }
    }
    return out;
  }

  private void add(SyncSide side, Input input) {
    for (Entity.Side s : input.sides()) {
      SyncLink link = input.links().get(s.id);
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

  private static boolean computeValues(
      SyncSide side, Entity.Side s, MappedValues values, Failures failures) {
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
