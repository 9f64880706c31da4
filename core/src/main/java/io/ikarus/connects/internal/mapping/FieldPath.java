package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.MappingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A source path: dotted names with array indexes ({@code a.b[0].c}). A name applied to a list
 * selects the first element whose {@code name} equals it and yields that element's first {@code
 * values} entry (or its {@code value}), which is how Meta Lead Ads' {@code field_data} is
 * addressed: {@code field_data.email}.
 */
public final class FieldPath {

  /** The result of reading a path that leads nowhere (distinct from a present null). */
  public static final Object MISSING = new Object();

  private final String text;
  private final List<Object> segments;
  private final String simple;

  /**
   * Segment names are interned: record keys are usually string constants or names a JSON parser
   * interned, so a map lookup finds its key by identity without comparing characters.
   */
  private FieldPath(String text, List<Object> segments) {
    this.text = text;
    this.segments = List.copyOf(segments);
    this.simple = segments.size() == 1 ? (String) segments.get(0) : null;
  }

  /**
   * Parses a path.
   *
   * @param field the target field, for the error message
   * @throws MappingException naming the path and what is wrong with it
   */
  public static FieldPath parse(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new MappingException(field, "source path is empty");
    }
    List<Object> segments = new ArrayList<>();
    for (String part : text.split("\\.", -1)) {
      parsePart(field, text, part, segments);
    }
    return new FieldPath(text, segments);
  }

  private static void parsePart(String field, String text, String part, List<Object> out) {
    int bracket = part.indexOf('[');
    String name = bracket < 0 ? part : part.substring(0, bracket);
    if (name.isEmpty() && (bracket != 0 || out.isEmpty())) {
      throw new MappingException(field, "source path '" + text + "' has an empty name");
    }
    if (!name.isEmpty()) {
      out.add(name.intern());
    }
    String rest = bracket < 0 ? "" : part.substring(bracket);
    while (!rest.isEmpty()) {
      int close = rest.indexOf(']');
      if (!rest.startsWith("[") || close < 2 || !rest.substring(1, close).matches("\\d{1,9}")) {
        throw new MappingException(
            field, "source path '" + text + "' has a bad index in '" + part + "'; use name[0]");
      }
      out.add(Integer.parseInt(rest.substring(1, close)));
      rest = rest.substring(close + 1);
    }
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  /** The top-level field the path starts from. */
  public String root() {
    return (String) segments.get(0);
  }

  /** True when the path is one plain field name. */
  public boolean isSimple() {
    return segments.size() == 1;
  }

  /** Reads the path from a record's fields; {@link #MISSING} when it leads nowhere. */
  public Object read(Map<String, Object> fields) {
    if (simple != null) {
      Object value = fields.get(simple);
      return value != null || fields.containsKey(simple) ? value : MISSING;
    }
    Object current = fields;
    for (Object segment : segments) {
      current = step(current, segment);
      if (current == MISSING) {
        return MISSING;
      }
    }
    return current;
  }

  private static Object step(Object current, Object segment) {
    if (segment instanceof Integer index) {
      return current instanceof List<?> list && index < list.size() ? list.get(index) : MISSING;
    }
    if (current instanceof Map<?, ?> map) {
      Object value = map.get(segment);
      return value != null || map.containsKey(segment) ? value : MISSING;
    }
    if (current instanceof List<?> list) {
      return named(list, (String) segment);
    }
    return MISSING;
  }

  private static Object named(List<?> list, String name) {
    for (Object element : list) {
      if (element instanceof Map<?, ?> entry && name.equals(entry.get("name"))) {
        Object values = entry.get("values");
        if (values instanceof List<?> vs) {
          return vs.isEmpty() ? null : vs.get(0);
        }
        return entry.containsKey("values") ? values : entry.get("value");
      }
    }
    return MISSING;
  }

  @Override
  public String toString() {
    return text;
  }
}
