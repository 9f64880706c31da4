package io.ikarus.connects.pipedrive.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one object at one moment: by API key, and custom fields by their display name. A
 * custom field whose name is taken by a standard key or by another custom field keeps its hash as
 * its name, so no value is ever hidden. Immutable.
 */
public final class FieldCatalog {

  private final Map<String, FieldInfo> byKey = new LinkedHashMap<>();
  private final Map<String, FieldInfo> byName = new HashMap<>();

  /** A catalog of {@code fields}. */
  public FieldCatalog(List<FieldInfo> fields) {
    Set<String> taken = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (FieldInfo f : fields) {
      byKey.put(f.key(), f);
      if (!f.custom()) {
        taken.add(f.name());
        taken.add(f.key());
      } else if (!byName.containsKey(f.name()) && !twice.contains(f.name())) {
        byName.put(f.name(), f);
      } else {
        byName.remove(f.name());
        twice.add(f.name());
      }
    }
    byName.keySet().removeAll(taken);
  }

  /** An empty catalog, for objects without a fields endpoint (notes). */
  public static FieldCatalog empty() {
    return new FieldCatalog(List.of());
  }

  /** True when the catalog lists no field at all. */
  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** Every field, in the API's order. */
  public List<FieldInfo> fields() {
    return List.copyOf(byKey.values());
  }

  /** The field with API key {@code key}. */
  public Optional<FieldInfo> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The field users call {@code name}: a custom field's display name or any API key. */
  public Optional<FieldInfo> resolve(String name) {
    FieldInfo custom = byName.get(name);
    return custom != null ? Optional.of(custom) : byKey(name);
  }

  /** The name a read shows for the field with {@code key}: display name, else the key. */
  public String nameOf(String key) {
    FieldInfo f = byKey.get(key);
    return f != null && f.custom() && byName.get(f.name()) == f ? f.name() : key;
  }
}
