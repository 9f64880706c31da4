package io.ikarus.connects.internal.sync;

import io.ikarus.connects.sync.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a run decided for one entity. */
final class Decision {

  /** The values both sides end with, when the entity stays linked. */
  Map<String, Object> agreed;

  /** True when the link is to be forgotten (a deletion). */
  boolean unlink;

  /** True when the decision resolved a conflict (counted in the run's conflicts). */
  boolean conflicted;

  /** The conflict left for a person, or null. */
  Conflict manual;

  /** The writes that carry the decision out. */
  final List<Write> writes = new ArrayList<>();

  boolean allWritesSucceeded() {
    return writes.stream().noneMatch(Write::failed);
  }
}
