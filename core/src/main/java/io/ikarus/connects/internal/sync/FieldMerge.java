package io.ikarus.connects.internal.sync;

import io.ikarus.connects.sync.Conflict;
import io.ikarus.connects.sync.ConflictResolution;
import io.ikarus.connects.sync.ConflictStrategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Three-way, per-field merge with a tie-breaker for fields changed on both sides. */
public final class FieldMerge implements ConflictStrategy {

  private final ConflictStrategy tieBreaker;

  /** Creates the strategy. */
  public FieldMerge(ConflictStrategy tieBreaker) {
    this.tieBreaker = tieBreaker;
  }

  @Override
  public ConflictResolution resolve(Conflict c) {
    Map<String, Object> base = c.base() == null ? Map.of() : c.base();
    Map<String, Object> merged = new LinkedHashMap<>();
    Set<String> both = new TreeSet<>();
    Set<String> keys = new TreeSet<>(c.sourceValues().keySet());
    keys.addAll(c.targetValues().keySet());
    for (String f : keys) {
      Object s = c.sourceValues().get(f);
      Object t = c.targetValues().get(f);
      if (Canonical.same(s, t) || (c.base() != null && Canonical.same(t, base.get(f)))) {
        merged.put(f, s);
      } else if (c.base() != null && Canonical.same(s, base.get(f))) {
        merged.put(f, t);
      } else {
        both.add(f);
      }
    }
    if (!both.isEmpty()) {
      Conflict narrowed =
          new Conflict(c.source(), c.target(), c.base(), c.sourceValues(), c.targetValues(), both);
      ConflictResolution decided = tieBreaker.resolve(narrowed);
      if (decided.isManual()) {
        return decided;
      }
      both.forEach(f -> merged.put(f, decided.values().get(f)));
    }
    return ConflictResolution.use(merged);
  }
}
