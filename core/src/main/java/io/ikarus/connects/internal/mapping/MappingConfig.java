package io.ikarus.connects.internal.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.MappingException;
import io.ikarus.connects.mapping.Transform;
import io.ikarus.connects.mapping.UnmappedFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the configuration (JSON) form of a {@link FieldMapping}. */
public final class MappingConfig {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Set<String> RULE_KEYS =
      Set.of("from", "transform", "default", "required", "constant", "type");

  /**
   * The names {@code "type"} takes: the portable ones, then every {@link FieldType} by its own name
   * in lower case ({@code multi_picklist}, {@code currency}, ...).
   */
  private static final Map<String, FieldType> TYPES = types();

  private MappingConfig() {}

  /** Parses JSON text into its configuration maps. */
  public static Map<String, Object> readJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new MappingException(
          null, "mapping JSON is malformed: " + e.getOriginalMessage() + " " + e.getLocation());
    }
  }

  /** Builds a mapping from its configuration maps. */
  public static FieldMapping parse(Map<String, ?> config, Map<String, Transform> custom) {
    FieldMapping.Builder b = FieldMapping.builder();
    for (Map.Entry<String, ?> e : config.entrySet()) {
      String target = e.getKey();
      Object spec = e.getValue();
      if (target.equals("$unmapped")) {
        b.unmapped(unmapped(spec));
      } else if (spec instanceof String path) {
        b.map(target, path);
      } else if (spec instanceof Map<?, ?> rule) {
        rule(b, target, rule, custom);
      } else {
        throw new MappingException(
            target, "must be a source path or an object with \"from\", not " + spec);
      }
    }
    return b.build();
  }

  private static void rule(
      FieldMapping.Builder b, String target, Map<?, ?> rule, Map<String, Transform> custom) {
    for (Object key : rule.keySet()) {
      if (!RULE_KEYS.contains(key)) {
        throw new MappingException(target, "unknown key \"" + key + "\"; use " + RULE_KEYS);
      }
    }
    Object from = rule.get("from");
    Transform t =
        rule.containsKey("transform")
            ? TransformRegistry.parse(target, rule.get("transform"), custom)
            : Transform.identity();
    if (rule.containsKey("constant")) {
      if (from != null) {
        throw new MappingException(target, "give either \"from\" or \"constant\", not both");
      }
      b.constant(target, rule.get("constant"));
    } else if (from instanceof String path) {
      b.map(target, path, t);
    } else if (from instanceof List<?> paths && !paths.isEmpty() && rule.containsKey("transform")) {
      b.map(target, paths.stream().map(p -> (String) p).toList(), t);
    } else {
      throw new MappingException(
          target,
          "\"from\" must be a source path, or a list of paths with a transform such as concat");
    }
    if (rule.containsKey("default")) {
      b.defaultValue(target, rule.get("default"));
    }
    if (Boolean.TRUE.equals(rule.get("required"))) {
      b.required(target);
    }
    if (rule.containsKey("type")) {
      b.type(target, type(target, rule.get("type")));
    }
  }

  /**
   * The field type named by a rule's {@code "type"}; a MappingException naming the field if none.
   */
  private static FieldType type(String target, Object name) {
    FieldType t = name instanceof String s ? TYPES.get(s.strip().toLowerCase(Locale.ROOT)) : null;
    if (t == null) {
      throw new MappingException(
          target, "unknown type \"" + name + "\"; use one of " + TYPES.keySet());
    }
    return t;
  }

  private static Map<String, FieldType> types() {
    Map<String, FieldType> m = new LinkedHashMap<>();
    m.put("number", FieldType.DECIMAL);
    m.put("text", FieldType.STRING);
    for (FieldType t : FieldType.values()) {
      if (t != FieldType.ID && t != FieldType.OTHER) {
        m.put(t.name().toLowerCase(Locale.ROOT), t);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static UnmappedFields unmapped(Object spec) {
    try {
      return UnmappedFields.valueOf(String.valueOf(spec).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MappingException("$unmapped", "must be drop, pass_through or reject, not " + spec);
    }
  }
}
