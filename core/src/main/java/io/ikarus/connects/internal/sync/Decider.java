package io.ikarus.connects.internal.sync;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.sync.Conflict;
import io.ikarus.connects.sync.ConflictResolution;
import io.ikarus.connects.sync.SyncSide;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Decides, for one entity whose sides are known, what to write where. */
final class Decider {

  private final SyncSettings settings;
  private final MappedValues values;
  private final Failures failures;
  int conflicts;

  Decider(SyncSettings settings, MappedValues values, Failures failures) {
    this.settings = settings;
    this.values = values;
    this.failures = failures;
  }

  /** The decision for {@code e}, or null when there is nothing to do. */
  Decision decide(Entity e) {
    Entity.Side a = e.side(SyncSide.SOURCE);
    Entity.Side b = e.side(SyncSide.TARGET);
    if (a.deleted || b.deleted) {
      return deleted(
          e, a.deleted && b.deleted ? null : a.deleted ? SyncSide.SOURCE : SyncSide.TARGET);
    }
    if (e.link == null && !(a.present() && b.present())) {
      return create(e, a.present() ? SyncSide.TARGET : SyncSide.SOURCE);
    }
    return compare(e);
  }

  private Decision deleted(Entity e, SyncSide deletedSide) {
    Decision d = new Decision();
    d.unlink = true;
    if (deletedSide == null) {
      return d;
    }
    SyncSide other = deletedSide.other();
    String otherId = e.id(other);
    if (otherId == null || (e.link == null && !e.side(other).present())) {
      return null;
    }
    if (!settings.writes(other)) {
      return d;
    }
    if (settings.deletion().propagates()) {
      d.writes.add(new Write(e, other, Write.Kind.DELETE, otherId, Map.of()));
    } else if (settings.deletion().archiveFlag(other) != null) {
      Map<String, Object> flag = Map.of(settings.deletion().archiveFlag(other), Boolean.TRUE);
      d.writes.add(update(e, other, otherId, flag));
    }
    return d;
  }

  private Decision create(Entity e, SyncSide on) {
    if (!settings.writes(on)) {
      return null;
    }
    Entity.Side origin = e.side(on.other());
    Decision d = new Decision();
    d.agreed = origin.values;
    try {
      d.writes.add(new Write(e, on, Write.Kind.CREATE, null, values.create(on, origin.values)));
    } catch (CrmException ex) {
      failures.add(on.other(), origin.id, "map", ex);
      return null;
    }
    return d;
  }

  private Decision compare(Entity e) {
    Map<String, Object> sv = e.side(SyncSide.SOURCE).values;
    Map<String, Object> tv = e.side(SyncSide.TARGET).values;
    Map<String, Object> base = e.link == null ? null : e.link.base();
    Decision d = new Decision();
    if (Canonical.same(sv, tv)) {
      d.agreed = sv;
      return d;
    }
    boolean sourceChanged = base == null || !Canonical.same(sv, base);
    boolean targetChanged = base == null || !Canonical.same(tv, base);
    if (sourceChanged != targetChanged) {
      d.agreed = sourceChanged ? sv : tv;
    } else {
      ConflictResolution r = resolve(e, d, sv, tv, base);
      if (r.isManual()) {
        return d;
      }
      d.agreed = r.values();
    }
    return plan(e, d, sv, tv);
  }

  private ConflictResolution resolve(
      Entity e,
      Decision d,
      Map<String, Object> sv,
      Map<String, Object> tv,
      Map<String, Object> base) {
    conflicts++;
    d.conflicted = true;
    Set<String> fields = new TreeSet<>(Canonical.differing(sv, tv));
    if (base != null) {
      fields.removeIf(
          f -> Canonical.same(sv.get(f), base.get(f)) || Canonical.same(tv.get(f), base.get(f)));
    }
    Conflict c =
        new Conflict(
            e.side(SyncSide.SOURCE).record, e.side(SyncSide.TARGET).record, base, sv, tv, fields);
    ConflictResolution r = settings.strategy().resolve(c);
    if (r.isManual()) {
      d.manual = c;
    }
    settings.listener().onConflict(c, r);
    return r;
  }

  /** An update of {@code side}, conditional on the version its record was read at, if any. */
  private static Write update(Entity e, SyncSide side, String id, Map<String, Object> fields) {
    Write w = new Write(e, side, Write.Kind.UPDATE, id, fields);
    w.version = e.side(side).present() ? e.side(side).record.version() : null;
    return w;
  }

  private Decision plan(Entity e, Decision d, Map<String, Object> sv, Map<String, Object> tv) {
    for (SyncSide side : SyncSide.values()) {
      Map<String, Object> current = side == SyncSide.SOURCE ? sv : tv;
      if (!settings.writes(side) || Canonical.same(d.agreed, current)) {
        continue;
      }
      try {
        Map<String, Object> fields = values.changes(side, d.agreed, current);
        if (!fields.isEmpty()) {
          d.writes.add(update(e, side, e.id(side), fields));
        }
      } catch (CrmException ex) {
        failures.add(side.other(), e.id(side.other()), "map", ex);
        return null;
      }
    }
    return d;
  }
}
