package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.sync.SyncSide;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mapped values of each side in one space, the target's field names: the source through the
 * mapping, the target through the reverse mapping and back (so that values the mapping normalises
 * compare equal), or, for a push without a reverse mapping, the target's mapped fields as read.
 * Values are read as their target field's type ({@link FieldTypes}), so that {@code 42} and {@code
 * "42"} are one value; values written to a side are converted to that side's field types.
 */
final class MappedValues {

  private final FieldMapping mapping;
  private final FieldMapping reverse;
  private final FieldTypes types;

  MappedValues(FieldMapping mapping, FieldMapping reverse, FieldTypes types) {
    this.mapping = mapping;
    this.reverse = reverse;
    this.types = types;
  }

  /** The mapped values of a record on {@code side}; throws ValidationException when unmappable. */
  Map<String, Object> of(SyncSide side, CrmRecord record) {
    return types.typed(SyncSide.TARGET, untyped(side, record));
  }

  private Map<String, Object> untyped(SyncSide side, CrmRecord record) {
    if (side == SyncSide.SOURCE) {
      return mapping.apply(record);
    }
    if (reverse != null) {
      return mapping.apply(reverse.apply(record));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : mapping.targetFields()) {
      if (record.fields().containsKey(f)) {
        out.put(f, record.fields().get(f));
      }
    }
    return out;
  }

  /**
   * The fields to write to {@code side} so that its values {@code current} become {@code wanted}:
   * for the target the differing target fields; for the source the differing fields after the
   * reverse mapping. Absent wanted fields are written as null.
   */
  Map<String, Object> changes(
      SyncSide side, Map<String, Object> wanted, Map<String, Object> current) {
    Map<String, Object> want =
        types.forWrite(side, side == SyncSide.TARGET ? wanted : reverse.apply(wanted));
    Map<String, Object> have =
        types.forWrite(side, side == SyncSide.TARGET ? current : reverseOrEmpty(current));
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : Canonical.differing(want, have)) {
      out.put(f, want.get(f));
    }
    return out;
  }

  /** The full fields to create a record on {@code side} holding {@code values}, nulls left out. */
  Map<String, Object> create(SyncSide side, Map<String, Object> values) {
    Map<String, Object> fields =
        types.forWrite(side, side == SyncSide.TARGET ? values : reverse.apply(values));
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  private Map<String, Object> reverseOrEmpty(Map<String, Object> current) {
    try {
      return reverse.apply(current);
    } catch (RuntimeException e) {
      // Values kept as a plain base may not reverse-map; then every wanted field is written.
      return Map.of();
    }
  }
}
