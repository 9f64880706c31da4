package io.ikarus.connects.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * That a source record and a target record are the same entity, and what they looked like when last
 * synced.
 *
 * @param sourceId the source record's id
 * @param targetId the target record's id
 * @param sourceHash the hash of the source record's mapped fields when last seen
 * @param targetHash the hash of the target record's mapped fields when last seen
 * @param base the mapped fields both sides last agreed on (the three-way merge base), in target
 *     field names with values in plain JSON form; null when they never agreed (a first-run match
 *     whose conflict is still unresolved)
 */
public record SyncLink(
    String sourceId,
    String targetId,
    String sourceHash,
    String targetHash,
    Map<String, Object> base) {

  /** Validates and copies. */
  public SyncLink {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(sourceHash, "sourceHash");
    Objects.requireNonNull(targetHash, "targetHash");
    base = base == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(base));
  }

  /** The id on {@code side}. */
  public String id(SyncSide side) {
    return side == SyncSide.SOURCE ? sourceId : targetId;
  }

  /** The hash on {@code side}. */
  public String hash(SyncSide side) {
    return side == SyncSide.SOURCE ? sourceHash : targetHash;
  }
}
