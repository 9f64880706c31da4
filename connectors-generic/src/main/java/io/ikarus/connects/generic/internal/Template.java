package io.ikarus.connects.generic.internal;

import io.ikarus.connects.spi.Json;
import io.ikarus.connects.spi.Urls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${name}} placeholders. A string that is exactly one placeholder takes the value
 * itself (any JSON type; null leaves the entry out); inside longer text each value is converted to
 * text, and in URL paths each is encoded as a path segment, so a value can never change the
 * request's shape. {@code ${json:name}} is the value encoded as JSON text. Thread-safe.
 */
public final class Template {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:\\-]+)}");

  private Template() {}

  /** The placeholder names in {@code text}, for validation. */
  public static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1).startsWith("json:") ? m.group(1).substring(5) : m.group(1));
    }
    return out;
  }

  /** Expands text; a placeholder without a value is an error naming it. */
  public static String text(String template, Vars vars) {
    return expand(template, vars, UnaryOperator.identity());
  }

  /** Expands a URL path; every value is encoded as one path segment. */
  public static String path(String template, Vars vars) {
    return expand(template, vars, Urls::segment);
  }

  /** Expands a value for a query parameter or header: null when it is one unbound placeholder. */
  public static String param(String template, Vars vars) {
    Object v = whole(template, vars);
    if (v != NOT_WHOLE) {
      return v == null ? null : text(v);
    }
    return text(template, vars);
  }

  /** Expands a JSON template tree (Maps, Lists, strings, other scalars kept). */
  public static Object json(Object template, Vars vars) {
    if (template instanceof String s) {
      Object v = whole(s, vars);
      return v != NOT_WHOLE ? v : text(s, vars);
    }
    if (template instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      int placeholders = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object x = json(e.getValue(), vars);
        placeholders += e.getValue() instanceof String s && s.contains("${") ? 1 : 0;
        if (x != null) {
          out.put(e.getKey().toString(), x);
        }
      }
      // An object whose placeholders are all unbound is left out, like an unbound value.
      boolean unbound = placeholders > 0 && m.entrySet().stream().noneMatch(e -> bound(e, out));
      return unbound ? null : out;
    }
    if (template instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(
          v -> {
            Object x = json(v, vars);
            if (x != null) {
              out.add(x);
            }
          });
      return out.isEmpty() && !l.isEmpty() ? null : out;
    }
    return template;
  }

  /** A value as text: an Instant as ISO-8601, a Map or List as JSON, anything else toString. */
  public static String text(Object v) {
    if (v instanceof Instant i) {
      return i.toString();
    }
    if (v instanceof Map || v instanceof List) {
      return Json.write(v);
    }
    return v.toString();
  }

  private static final Object NOT_WHOLE = new Object();

  /**
   * True when the entry had a placeholder (directly or nested: {@code "emails": [{"value":
   * "${fields.email}"}]}) and kept a value.
   */
  private static boolean bound(Map.Entry<?, ?> e, Map<String, Object> out) {
    return out.containsKey(e.getKey()) && hasPlaceholder(e.getValue());
  }

  private static boolean hasPlaceholder(Object template) {
    if (template instanceof String s) {
      return s.contains("${");
    }
    if (template instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(Template::hasPlaceholder);
    }
    return template instanceof List<?> l && l.stream().anyMatch(Template::hasPlaceholder);
  }

  private static Object whole(String s, Vars vars) {
    Matcher m = PLACEHOLDER.matcher(s);
    if (!m.matches()) {
      return NOT_WHOLE;
    }
    String name = m.group(1);
    if (name.startsWith("json:")) {
      Object v = vars.get(name.substring(5));
      return v == null ? null : Json.write(v);
    }
    return vars.get(name);
  }

  private static String expand(String template, Vars vars, UnaryOperator<String> encode) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      boolean json = name.startsWith("json:");
      Object v = vars.get(json ? name.substring(5) : name);
      if (v == null) {
        throw new IllegalArgumentException("no value for ${" + name + "}");
      }
      String text = json ? Json.write(v) : text(v);
      m.appendReplacement(out, Matcher.quoteReplacement(encode.apply(text)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
