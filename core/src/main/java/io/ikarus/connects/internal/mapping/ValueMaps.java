package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Lookup-table transforms. */
public final class ValueMaps {

  private static final Object NO_FALLBACK = new Object();

  private ValueMaps() {}

  /**
   * Looks each value up in {@code table}; an unknown value is an error. Invertible when no two keys
   * map to the same value.
   */
  public static Transform strict(Map<?, ?> table) {
    Map<Object, Object> copy = copy(table);
    return new NamedTransform("value_map", v -> lookup(copy, v, NO_FALLBACK), inverseOf(copy));
  }

  /** Looks each value up in {@code table}; an unknown value becomes {@code fallback}. */
  public static Transform withFallback(Map<?, ?> table, Object fallback) {
    Map<Object, Object> copy = copy(table);
    return new NamedTransform("value_map", v -> lookup(copy, v, fallback), null);
  }

  private static Map<Object, Object> copy(Map<?, ?> table) {
    Objects.requireNonNull(table, "table");
    return Collections.unmodifiableMap(new LinkedHashMap<>(table));
  }

  private static Transform inverseOf(Map<Object, Object> table) {
    if (new HashSet<>(table.values()).size() != table.size()) {
      return null;
    }
    Map<Object, Object> inverse = new LinkedHashMap<>();
    table.forEach((k, v) -> inverse.put(v, k));
    return new NamedTransform("value_map^-1", v -> lookup(inverse, v, NO_FALLBACK), null);
  }

  private static Object lookup(Map<Object, Object> table, Object value, Object fallback) {
    if (value == null) {
      return null;
    }
    if (table.containsKey(value)) {
      return table.get(value);
    }
    String text = Coercions.plain(value);
    for (Map.Entry<Object, Object> e : table.entrySet()) {
      if (e.getKey() != null && Coercions.plain(e.getKey()).equals(text)) {
        return e.getValue();
      }
    }
    if (fallback == NO_FALLBACK) {
      throw new IllegalArgumentException("no mapping for this value in the lookup table");
    }
    return fallback;
  }
}
