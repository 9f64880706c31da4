package io.ikarus.connects.internal.connector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${env:NAME}} in every string of a parsed configuration, at any depth and anywhere
 * inside a string. A missing variable is an error naming the variable and where it was referenced;
 * the values themselves never appear in messages.
 */
public final class EnvResolver {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

  private final Function<String, String> env;

  /** Resolves through {@code env} (such as {@code System::getenv}). */
  public EnvResolver(Function<String, String> env) {
    this.env = env;
  }

  /** Returns a copy of {@code value} with every reference resolved. */
  public Object resolve(Object value, String where) {
    if (value instanceof String s) {
      return resolveString(s, where);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k.toString(), resolve(v, join(where, k.toString()))));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(resolve(list.get(i), where + "[" + i + "]"));
      }
      return out;
    }
    return value;
  }

  private String resolveString(String s, String where) {
    Matcher m = REFERENCE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = env.apply(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "environment variable " + name + " is not set (referenced by " + where + ")");
      }
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String join(String where, String key) {
    return where.isEmpty() ? key : where + "." + key;
  }
}
