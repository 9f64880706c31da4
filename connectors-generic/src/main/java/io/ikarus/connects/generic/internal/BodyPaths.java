package io.ikarus.connects.generic.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes into a JSON body at a dotted path such as {@code variables.cursor} or {@code
 * filterGroups[0].filters}, creating objects and arrays on the way.
 */
public final class BodyPaths {

  private BodyPaths() {}

  /** Sets {@code value} at {@code path} in {@code body} (a mutable tree from {@link #copy}). */
  public static void put(Map<String, Object> body, String path, Object value) {
    Object parent = parentOf(body, path);
    String last = last(path);
    if (last.endsWith("]")) {
      list(parent, name(last), index(last)).set(index(last), value);
    } else {
      asMap(parent).put(last, value);
    }
  }

  /** Appends {@code value} to the array at {@code path}, creating it. */
  @SuppressWarnings("unchecked")
  public static void append(Map<String, Object> body, String path, Object value) {
    Object parent = parentOf(body, path);
    String last = last(path);
    Map<String, Object> m = asMap(parent);
    Object existing = m.get(last);
    List<Object> list;
    if (existing instanceof List<?> l) {
      list = (List<Object>) l;
    } else {
      list = new ArrayList<>();
      m.put(last, list);
    }
    list.add(value);
  }

  /** A deep mutable copy of a JSON tree. */
  @SuppressWarnings("unchecked")
  public static Object copy(Object tree) {
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k.toString(), copy(v)));
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return out;
    }
    return tree;
  }

  private static Object parentOf(Map<String, Object> body, String path) {
    String[] steps = path.split("\\.");
    Object node = body;
    for (int i = 0; i < steps.length - 1; i++) {
      String step = steps[i];
      if (step.endsWith("]")) {
        List<Object> l = list(node, name(step), index(step));
        if (l.get(index(step)) == null) {
          l.set(index(step), new LinkedHashMap<String, Object>());
        }
        node = l.get(index(step));
      } else {
        node = asMap(node).computeIfAbsent(step, k -> new LinkedHashMap<String, Object>());
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node, String name, int index) {
    Map<String, Object> m = asMap(node);
    Object v = m.get(name);
    List<Object> l;
    if (v instanceof List<?> existing) {
      l = (List<Object>) existing;
    } else {
      l = new ArrayList<>();
      m.put(name, l);
    }
    while (l.size() <= index) {
      l.add(null);
    }
    return l;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object node) {
    if (!(node instanceof Map)) {
      throw new IllegalArgumentException("body path crosses a value that is not an object");
    }
    return (Map<String, Object>) node;
  }

  private static String last(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String name(String step) {
    return step.substring(0, step.indexOf('['));
  }

  private static int index(String step) {
    return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1));
  }
}
