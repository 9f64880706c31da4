package io.ikarus.connects.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Reads the connectors under {@code ikarus.connects.<name>} into the map shape {@link
 * io.ikarus.connects.CrmConnectors#fromConfig(java.util.Map)} takes: keys in snake case ({@code
 * crm-type} and {@code crm_type} are one key), values as given.
 */
final class ConnectorProperties {

  static final String PREFIX = "ikarus.connects";

  /** Names under the prefix that hold other settings, not connectors. */
  static final Set<String> RESERVED = Set.of("jdbc", "sync", "leads");

  private ConnectorProperties() {}

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> read(Environment environment) {
    Map<String, Object> all =
        Binder.get(environment)
            .bind(PREFIX, Bindable.mapOf(String.class, Object.class))
            .orElse(Map.of());
    Map<String, Map<String, Object>> connectors = new LinkedHashMap<>();
    all.forEach(
        (name, value) -> {
          if (!RESERVED.contains(name) && value instanceof Map<?, ?> map) {
            connectors.put(name, (Map<String, Object>) snakeCase(map));
          }
        });
    return connectors;
  }

  private static Object snakeCase(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k.toString().replace('-', '_'), snakeCase(v)));
    return out;
  }
}
