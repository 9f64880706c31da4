package io.ikarus.connects.sync;

import io.ikarus.connects.CrmRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Both sides changed the same linked pair since it was last synced, to different values (or a
 * first-run match found two records that differ). Values are compared in target field names: the
 * source's through the mapping, the target's as read.
 *
 * @param source the source record as read
 * @param target the target record as read
 * @param base the mapped fields both sides last agreed on, or null when they never agreed
 * @param sourceValues the source record's mapped fields
 * @param targetValues the target record's mapped fields
 * @param fields the fields that differ between the sides and that both changed since {@code base}
 *     (with no base: all differing fields)
 */
public record Conflict(
    CrmRecord source,
    CrmRecord target,
    Map<String, Object> base,
    Map<String, Object> sourceValues,
    Map<String, Object> targetValues,
    Set<String> fields) {

  /** Validates and copies. */
  public Conflict {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    base = base == null ? null : copy(base);
    sourceValues = copy(sourceValues);
    targetValues = copy(targetValues);
    fields = Set.copyOf(fields);
  }

  private static Map<String, Object> copy(Map<String, Object> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
