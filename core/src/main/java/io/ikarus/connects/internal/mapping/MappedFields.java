package io.ikarus.connects.internal.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The output of a mapping, kept small: the values of the rules' target fields in one array indexed
 * like the rules (the names are the mapping's, shared by every output), then any other fields in a
 * {@link LinkedHashMap}. It behaves as the {@code LinkedHashMap} the engine used to return, order
 * included: a change that such a map would order differently from the array (adding a rule's target
 * field after the mapping left it out) first copies the fields into a {@code LinkedHashMap}, which
 * serves every later call.
 */
final class MappedFields extends AbstractMap<String, Object> {

  /** A field set to null; an unset field is a null slot, so a new array needs no filling. */
  private static final Object NULL = new Object();

  private final Targets targets;
  private final Object[] values;
  private int present;
  private LinkedHashMap<String, Object> rest;
  private LinkedHashMap<String, Object> whole;
  private Set<Map.Entry<String, Object>> entries;

  /** The rules' target field names and their positions, shared by all outputs of a mapping. */
  record Targets(String[] names, Map<String, Integer> slots) {

    /** The targets named, in rule order. */
    static Targets of(String[] names) {
      Map<String, Integer> slots = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        slots.put(names[i], i);
      }
      return new Targets(names, Map.copyOf(slots));
    }
  }

  MappedFields(Targets targets) {
    this.targets = targets;
    this.values = new Object[targets.names.length];
  }

  /** Sets the rule at {@code slot}; the engine calls this in rule order only. */
  void set(int slot, Object value) {
    if (values[slot] == null) {
      present++;
    }
    values[slot] = wrap(value);
  }

  private int slot(Object key) {
    Integer i = targets.slots.get(key);
    return i == null ? -1 : i;
  }

  @Override
  public int size() {
    if (whole != null) {
      return whole.size();
    }
    return present + (rest == null ? 0 : rest.size());
  }

  @Override
  public boolean containsKey(Object key) {
    if (whole != null) {
      return whole.containsKey(key);
    }
    int i = slot(key);
    if (i >= 0) {
      return values[i] != null;
    }
    return rest != null && rest.containsKey(key);
  }

  @Override
  public Object get(Object key) {
    if (whole != null) {
      return whole.get(key);
    }
    int i = slot(key);
    if (i >= 0) {
      return unwrap(values[i]);
    }
    return rest == null ? null : rest.get(key);
  }

  @Override
  public Object put(String key, Object value) {
    if (whole == null) {
      int i = slot(key);
      if (i >= 0 && values[i] != null) {
        Object old = values[i];
        values[i] = wrap(value);
        return unwrap(old);
      }
      if (i < 0) {
        if (rest == null) {
          rest = new LinkedHashMap<>();
        }
        return rest.put(key, value);
      }
      inflate();
    }
    return whole.put(key, value);
  }

  @Override
  public Object remove(Object key) {
    if (whole != null) {
      return whole.remove(key);
    }
    int i = slot(key);
    if (i >= 0) {
      Object old = values[i];
      if (old == null) {
        return null;
      }
      clearSlot(i);
      return unwrap(old);
    }
    return rest == null ? null : rest.remove(key);
  }

  @Override
  public void clear() {
    if (whole != null) {
      whole.clear();
      return;
    }
    Arrays.fill(values, null);
    present = 0;
    rest = null;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    if (entries == null) {
      entries = new Entries();
    }
    return entries;
  }

  private static Object wrap(Object value) {
    return value == null ? NULL : value;
  }

  private static Object unwrap(Object slot) {
    return slot == NULL ? null : slot;
  }

  private void clearSlot(int i) {
    values[i] = null;
    present--;
  }

  private void inflate() {
    LinkedHashMap<String, Object> all = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        all.put(targets.names[i], unwrap(values[i]));
      }
    }
    if (rest != null) {
      all.putAll(rest);
    }
    whole = all;
  }

  private final class Entries extends AbstractSet<Map.Entry<String, Object>> {

    @Override
    public int size() {
      return MappedFields.this.size();
    }

    @Override
    public Iterator<Map.Entry<String, Object>> iterator() {
      return whole != null ? whole.entrySet().iterator() : new Slots();
    }
  }

  /** Iterates the set slots, then the other fields; removal and setValue write through. */
  private final class Slots implements Iterator<Map.Entry<String, Object>> {

    private int next = advance(0);
    private int last = -1;
    private Iterator<Map.Entry<String, Object>> others;
    private boolean inOthers;

    private int advance(int from) {
      int i = from;
      while (i < values.length && values[i] == null) {
        i++;
      }
      return i;
    }

    @Override
    public boolean hasNext() {
      if (next < values.length) {
        return true;
      }
      if (others == null && rest != null) {
        others = rest.entrySet().iterator();
      }
      return others != null && others.hasNext();
    }

    @Override
    public Map.Entry<String, Object> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (next < values.length) {
        last = next;
        next = advance(next + 1);
        return new Slot(last);
      }
      inOthers = true;
      return others.next();
    }

    @Override
    public void remove() {
      if (inOthers) {
        others.remove();
      } else if (last >= 0 && values[last] != null) {
        clearSlot(last);
      } else {
        throw new IllegalStateException("nothing to remove");
      }
    }
  }

  /** A rule's field as a map entry, writing through to the array. */
  private final class Slot implements Map.Entry<String, Object> {

    private final int i;

    Slot(int i) {
      this.i = i;
    }

    @Override
    public String getKey() {
      return targets.names[i];
    }

    @Override
    public Object getValue() {
      return unwrap(values[i]);
    }

    @Override
    public Object setValue(Object value) {
      Object old = values[i];
      if (old == null) {
        throw new IllegalStateException("the field " + getKey() + " was removed");
      }
      values[i] = wrap(value);
      return unwrap(old);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e
          && getKey().equals(e.getKey())
          && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
