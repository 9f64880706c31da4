package io.ikarus.connects.generic.internal;

import io.ikarus.connects.generic.GenericConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small JSONPath subset over parsed JSON (Maps and Lists): {@code $}, {@code $.a.b}, {@code
 * $.a[0].b}, {@code $.a[*].b}; a bare name {@code a.b} means {@code $.a.b}. Immutable.
 */
public final class JsonPath {

  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+|\\*)\\]");

  private final String text;
  private final List<String> steps;

  private JsonPath(String text, List<String> steps) {
    this.text = text;
    this.steps = steps;
  }

  /**
   * Compiles {@code text}.
   *
   * @param key the config key holding it, for the error message
   */
  public static JsonPath of(String text, String key) {
    String t = text.trim();
    String body = t.equals("$") ? "" : t.startsWith("$.") ? t.substring(2) : t;
    if (t.startsWith("$[")) {
      body = t.substring(1);
    }
    List<String> steps = new ArrayList<>();
    Matcher m = STEP.matcher(body);
    int end = 0;
    while (m.find()) {
      if (m.start() != end && !(m.start() == end + 1 && body.charAt(end) == '.')) {
        throw new GenericConfigException(key, "is not a supported JSON path: " + text, null);
      }
      steps.add(m.group(1) != null ? m.group(1) : "[" + m.group(2) + "]");
      end = m.end();
    }
    if (end != body.length()) {
      throw new GenericConfigException(key, "is not a supported JSON path: " + text, null);
    }
    return new JsonPath(t, List.copyOf(steps));
  }

  /** The first value the path selects, or null. */
  public Object first(Object root) {
    List<Object> all = all(root);
    return all.isEmpty() ? null : all.get(0);
  }

  /** Every value the path selects (a {@code [*]} step fans out); nulls are left out. */
  public List<Object> all(Object root) {
    List<Object> current = new ArrayList<>();
    current.add(root);
    for (String step : steps) {
      List<Object> next = new ArrayList<>();
      for (Object node : current) {
        select(node, step, next);
      }
      current = next;
    }
    current.removeIf(java.util.Objects::isNull);
    return current;
  }

  /** The selected array as a list: an array's elements, a single object as one, none as empty. */
  public List<Object> list(Object root) {
    Object v = first(root);
    if (v == null) {
      return List.of();
    }
    if (steps.stream().anyMatch("[*]"::equals)) {
      return all(root);
    }
    return v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
  }

  private static void select(Object node, String step, List<Object> out) {
    if (step.equals("[*]")) {
      if (node instanceof List<?> l) {
        out.addAll(l);
      }
    } else if (step.startsWith("[")) {
      int i = Integer.parseInt(step.substring(1, step.length() - 1));
      if (node instanceof List<?> l && i < l.size()) {
        out.add(l.get(i));
      }
    } else if (node instanceof Map<?, ?> m) {
      out.add(m.get(step));
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
