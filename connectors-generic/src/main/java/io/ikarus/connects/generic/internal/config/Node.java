package io.ikarus.connects.generic.internal.config;

import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.spi.ConfigKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict view of one JSON object in a configuration: it knows its path, refuses keys it was not
 * told about (naming the closest valid one), and reads typed values with errors naming the key.
 */
public final class Node {

  private final String path;
  private final Map<String, Object> values;

  private Node(String path, Map<String, Object> values) {
    this.path = path;
    this.values = values;
  }

  /** The root node of {@code config}, allowing only {@code allowed} keys. */
  public static Node root(Map<String, Object> config, Set<String> allowed) {
    Node n = new Node("", config == null ? Map.of() : config);
    n.allow(allowed);
    return n;
  }

  /** The full path of {@code key} under this node. */
  public String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** This node's path ("" at the root). */
  public String path() {
    return path;
  }

  /** True when {@code key} is present and not null. */
  public boolean has(String key) {
    return values.get(key) != null;
  }

  /** The keys present, in order. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** Refuses any key outside {@code allowed}, naming the closest valid one. */
  public Node allow(Set<String> allowed) {
    for (String key : values.keySet()) {
      if (!allowed.contains(key)) {
        throw new GenericConfigException(at(key), "unknown key", ConfigKeys.closest(key, allowed));
      }
    }
    return this;
  }

  /** The child object at {@code key} with its allowed keys, or null when absent. */
  public Node child(String key, Set<String> allowed) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    return new Node(at(key), asMap(key, v)).allow(allowed);
  }

  /** The child object at {@code key} accepting any key (a map of names), or null when absent. */
  public Node open(String key) {
    Object v = values.get(key);
    return v == null ? null : new Node(at(key), asMap(key, v));
  }

  /**
   * The elements of the array at {@code key} as nodes with {@code allowed} keys; empty if absent.
   */
  public List<Node> children(String key, Set<String> allowed) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new GenericConfigException(at(key), "must be an array", null);
    }
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String p = at(key) + "[" + i + "]";
      out.add(new Node(p, asMap(key + "[" + i + "]", list.get(i))).allow(allowed));
    }
    return out;
  }

  /** The raw value at {@code key}, or null. */
  public Object raw(String key) {
    return values.get(key);
  }

  /** A required string. */
  public String str(String key) {
    String s = str(key, null);
    if (s == null || s.isBlank()) {
      throw new GenericConfigException(at(key), "is required", null);
    }
    return s;
  }

  /** A string, or {@code fallback} when absent. */
  public String str(String key, String fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof String s)) {
      throw new GenericConfigException(at(key), "must be a string", null);
    }
    return s;
  }

  /** One of {@code choices}, or {@code fallback} when absent. */
  public String choice(String key, String fallback, Set<String> choices) {
    String s = str(key, fallback);
    if (s != null && !choices.contains(s)) {
      throw new GenericConfigException(
          at(key), "'" + s + "' is not one of " + choices, ConfigKeys.closest(s, choices));
    }
    return s;
  }

  /** A whole number, or {@code fallback} when absent; a fraction is an error. */
  public Integer integer(String key, Integer fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n)) {
      throw new GenericConfigException(at(key), "must be a whole number", null);
    }
    BigDecimal d = new BigDecimal(n.toString());
    if (d.stripTrailingZeros().scale() > 0) {
      throw new GenericConfigException(at(key), "must be a whole number, not " + n, null);
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw new GenericConfigException(at(key), "is out of range: " + n, null);
    }
  }

  /** A positive whole number, or {@code fallback} when absent. */
  public Integer positive(String key, Integer fallback) {
    Integer i = integer(key, fallback);
    if (i != null && i < 1) {
      throw new GenericConfigException(at(key), "must be at least 1, not " + i, null);
    }
    return i;
  }

  /** A boolean, or {@code fallback} when absent. */
  public boolean bool(String key, boolean fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Boolean b)) {
      throw new GenericConfigException(at(key), "must be true or false", null);
    }
    return b;
  }

  /** A map of string values (headers, query parameters); empty when absent. */
  public Map<String, String> strings(String key) {
    Node n = open(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null) {
      n.keys().forEach(k -> out.put(k, n.scalar(k)));
    }
    return out;
  }

  /** A list of strings; empty when absent. */
  public List<String> strList(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
      throw new GenericConfigException(at(key), "must be an array of strings", null);
    }
    return list.stream().map(String.class::cast).toList();
  }

  /** A list of whole numbers; empty when absent. */
  public List<Integer> intList(String key) {
    Object v = values.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new GenericConfigException(at(key), "must be an array of whole numbers", null);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> one = Map.of("v", list.get(i));
      out.add(new Node(at(key) + "[" + i + "]", one).integer("v", null));
    }
    return out;
  }

  /** A string, number or boolean as text; error for objects and arrays. */
  public String scalar(String key) {
    Object v = values.get(key);
    if (v instanceof Map || v instanceof List) {
      throw new GenericConfigException(at(key), "must be a string, number or boolean", null);
    }
    return v == null ? null : v.toString();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> asMap(String key, Object v) {
    if (!(v instanceof Map)) {
      throw new GenericConfigException(at(key), "must be an object", null);
    }
    return (Map<String, Object>) v;
  }
}
