package io.ikarus.connects.generic.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a template's {@code ${name}} placeholders resolve to: top-level names ({@code id},
 * {@code cursor}) and maps reached by a dotted name ({@code config.apiDomain}, {@code
 * fields.email}). Immutable; {@link #with} derives a copy.
 */
public final class Vars {

  private final Map<String, Object> values;

  private Vars(Map<String, Object> values) {
    this.values = values;
  }

  /** No values. */
  public static Vars empty() {
    return new Vars(Map.of());
  }

  /** A copy with {@code name} bound to {@code value} (null unbinds). */
  public Vars with(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return new Vars(copy);
  }

  /** True when {@code name} resolves to a value. */
  public boolean has(String name) {
    return get(name) != null;
  }

  /** The value of {@code name}, or null when unbound. */
  public Object get(String name) {
    if (values.containsKey(name)) {
      return values.get(name);
    }
    int dot = name.indexOf('.');
    if (dot < 0) {
      return null;
    }
    Object root = values.get(name.substring(0, dot));
    return root instanceof Map<?, ?> m ? m.get(name.substring(dot + 1)) : null;
  }
}
