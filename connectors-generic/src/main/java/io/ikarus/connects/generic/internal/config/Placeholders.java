package io.ikarus.connects.generic.internal.config;

import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.Template;
import io.ikarus.connects.spi.ConfigKeys;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every {@code ${...}} placeholder in a configuration before any request: its root must be a
 * known name, and {@code ${config.x}} / {@code ${secret.x}} must have a value.
 */
public final class Placeholders {

  private static final Set<String> ROOTS =
      Set.of(
          "config",
          "secret",
          "token",
          "id",
          "object",
          "fields",
          "fieldsExceptKey",
          "key",
          "keyValue",
          "items",
          "ids",
          "index",
          "page",
          "field",
          "op",
          "value",
          "where",
          "order",
          "direction");

  private Placeholders() {}

  /**
   * Checks {@code config}.
   *
   * @param skipAuthSecrets true when the caller's own AuthProvider replaces the auth section
   */
  public static void check(
      Map<String, Object> config,
      Set<String> settings,
      Set<String> secrets,
      boolean skipAuthSecrets) {
    walk("", config, settings, secrets, skipAuthSecrets);
  }

  private static void walk(
      String path, Object node, Set<String> settings, Set<String> secrets, boolean skipAuth) {
    if (node instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            String p = path.isEmpty() ? k.toString() : path + "." + k;
            if (!(skipAuth && p.equals("auth"))) {
              walk(p, v, settings, secrets, skipAuth);
            }
          });
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(path + "[" + i + "]", l.get(i), settings, secrets, skipAuth);
      }
    } else if (node instanceof String s) {
      for (String name : Template.names(s)) {
        check(path, name, settings, secrets);
      }
    }
  }

  private static void check(String path, String name, Set<String> settings, Set<String> secrets) {
    int dot = name.indexOf('.');
    String root = dot < 0 ? name : name.substring(0, dot);
    if (!ROOTS.contains(root)) {
      throw new GenericConfigException(
          path, "unknown placeholder ${" + name + "}", ConfigKeys.closest(root, ROOTS));
    }
    String rest = dot < 0 ? "" : name.substring(dot + 1);
    if (root.equals("config") && !settings.contains(rest)) {
      throw new GenericConfigException(
          path,
          "${" + name + "} needs the setting '" + rest + "'",
          ConfigKeys.closest(rest, settings));
    }
    if (root.equals("secret") && !secrets.contains(rest)) {
      throw new GenericConfigException(
          path,
          "${" + name + "} needs the secret '" + rest + "'",
          ConfigKeys.closest(rest, secrets));
    }
  }
}
