package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.MappingException;
import io.ikarus.connects.mapping.Transform;
import io.ikarus.connects.mapping.Transforms;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds transforms from their configuration form: a name ({@code "trim"}), an object with a name
 * and arguments ({@code {"name": "phone_e164", "country": "IN"}}), or a list of either, applied in
 * order.
 */
final class TransformRegistry {

  private static final Set<String> BUILT_IN =
      new TreeSet<>(
          List.of(
              "trim",
              "lower",
              "upper",
              "title",
              "digits",
              "email",
              "phone_e164",
              "datetime",
              "number",
              "integer",
              "boolean",
              "string",
              "first_name",
              "last_name",
              "concat",
              "constant",
              "default",
              "value_map"));

  private TransformRegistry() {}

  static Transform parse(String target, Object spec, Map<String, Transform> custom) {
    if (spec instanceof List<?> list && !list.isEmpty()) {
      Transform t = parse(target, list.get(0), custom);
      for (Object next : list.subList(1, list.size())) {
        t = t.andThen(parse(target, next, custom));
      }
      return t;
    }
    if (spec instanceof String name) {
      return create(target, name, new Args(target, name, Map.of()), custom);
    }
    if (spec instanceof Map<?, ?> map && map.get("name") instanceof String name) {
      Map<String, Object> args = new HashMap<>();
      map.forEach((k, v) -> args.put(String.valueOf(k), v));
      args.remove("name");
      return create(target, name, new Args(target, name, args), custom);
    }
    throw new MappingException(
        target, "transform must be a name, an object with \"name\", or a list of them: " + spec);
  }

  private static Transform create(
      String target, String name, Args args, Map<String, Transform> custom) {
    try {
      Transform t = builtIn(name, args);
      if (t == null) {
        t = custom.get(name);
      }
      if (t == null) {
        Set<String> known = new TreeSet<>(BUILT_IN);
        known.addAll(custom.keySet());
        throw new MappingException(target, "unknown transform '" + name + "'; known: " + known);
      }
      args.requireAllUsed();
      return t;
    } catch (MappingException e) {
      throw e.field() == null ? new MappingException(target, e.getMessage()) : e;
    }
  }

  private static Transform builtIn(String name, Args a) {
    return switch (name) {
      case "trim" -> Transforms.trim();
      case "lower" -> Transforms.lower();
      case "upper" -> Transforms.upper();
      case "title" -> Transforms.titleCase();
      case "digits" -> Transforms.digitsOnly();
      case "email" -> Transforms.email();
      case "number" -> Transforms.toNumber();
      case "integer" -> Transforms.toInteger();
      case "boolean" -> Transforms.toBoolean();
      case "string" -> Transforms.asString();
      case "first_name" -> Transforms.firstName();
      case "last_name" -> Transforms.lastName();
      case "phone_e164" -> Transforms.phoneE164(a.string("country", null));
      case "datetime" ->
          Transforms.dateTime(
              a.string("from", null),
              a.string("to", null),
              zone(a.string("zone", "UTC")),
              Locale.forLanguageTag(a.string("locale", "en")));
      case "concat" -> Transforms.concat(a.string("separator", " "));
      case "constant" -> Transforms.constant(a.value("value"));
      case "default" -> Transforms.defaultValue(a.value("value"));
      case "value_map" ->
          a.has("fallback")
              ? Transforms.valueMap(a.map("map"), a.value("fallback"))
              : Transforms.valueMap(a.map("map"));
      default -> null;
    };
  }

  private static ZoneId zone(String zone) {
    try {
      return zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new MappingException(null, "unknown time zone '" + zone + "'");
    }
  }

  /** A transform's arguments, tracking which were read so that misspelt ones are reported. */
  private static final class Args {
    private final String target;
    private final String transform;
    private final Map<String, Object> values;
    private final Set<String> used = new HashSet<>();

    Args(String target, String transform, Map<String, Object> values) {
      this.target = target;
      this.transform = transform;
      this.values = values;
    }

    boolean has(String key) {
      return values.containsKey(key);
    }

    Object value(String key) {
      if (!values.containsKey(key)) {
        throw new MappingException(target, "transform " + transform + " needs \"" + key + "\"");
      }
      used.add(key);
      return values.get(key);
    }

    String string(String key, String fallback) {
      if (fallback != null && !values.containsKey(key)) {
        return fallback;
      }
      Object v = value(key);
      if (!(v instanceof String s)) {
        throw new MappingException(
            target, "transform " + transform + ": \"" + key + "\" must be text, not " + v);
      }
      return s;
    }

    Map<?, ?> map(String key) {
      Object v = value(key);
      if (!(v instanceof Map<?, ?> m)) {
        throw new MappingException(
            target, "transform " + transform + ": \"" + key + "\" must be an object, not " + v);
      }
      return m;
    }

    void requireAllUsed() {
      Set<String> unused = new TreeSet<>(values.keySet());
      unused.removeAll(used);
      if (!unused.isEmpty()) {
        throw new MappingException(
            target, "transform " + transform + " has unknown arguments " + unused);
      }
    }
  }
}
