package io.ikarus.connects;

import io.ikarus.connects.internal.connector.EnvResolver;
import io.ikarus.connects.internal.connector.OptionsReader;
import io.ikarus.connects.spi.ConfigKeys;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import io.ikarus.connects.spi.Json;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Builds connectors from configuration, so that code names no vendor and holds no credential.
 * Connector modules on the class path register a {@link ConnectorProvider}; values like {@code
 * "${env:SF_PASSWORD}"} are read from the environment.
 *
 * <pre>{@code
 * CrmConnector crm = CrmConnectors.fromConfig("""
 *     {"crm_type": "hubspot",
 *      "auth_config": {"api_token": "${env:HUBSPOT_TOKEN}"},
 *      "options": {"timeout_ms": 30000, "max_attempts": 5}}
 *     """);
 * }</pre>
 *
 * <p>The shape is {@code {"crm_type", "auth_config", "field_mapping", "options"}}; {@code options}
 * may hold {@code base_url}, {@code auth_url}, {@code api_version}, {@code timeout_ms}, {@code
 * max_attempts}, {@code max_concurrent}, {@code rate_limits} ({@code {"default": {"permits": 100,
 * "period_ms": 10000}}}, replacing the vendor's limits) and connector-specific keys.
 */
public final class CrmConnectors {

  private static final Set<String> SECTIONS =
      Set.of("crm_type", "auth_config", "field_mapping", "options");

  private CrmConnectors() {}

  /**
   * Builds a connector from JSON text.
   *
   * @throws IllegalArgumentException when the JSON is malformed or an environment variable is
   *     missing (naming it)
   * @throws ConfigurationException when {@code crm_type} is unknown (listing the known ones), a key
   *     is unknown at any level (naming it and the closest valid key), or a setting is invalid
   *     (naming it); a fraction where a whole number is expected is invalid, never rounded
   */
  public static CrmConnector fromConfig(String json) {
    return fromConfig(json, System::getenv);
  }

  /** Builds a connector from JSON text, reading {@code ${env:NAME}} through {@code env}. */
  public static CrmConnector fromConfig(String json, Function<String, String> env) {
    Objects.requireNonNull(json, "json");
    return fromConfig(Json.parseObject(json), env);
  }

  /** Builds a connector from a parsed configuration; see {@link #fromConfig(String)}. */
  public static CrmConnector fromConfig(Map<String, ?> config) {
    return fromConfig(config, System::getenv);
  }

  /** Builds a connector from a parsed configuration, reading {@code ${env:NAME}} through env. */
  public static CrmConnector fromConfig(Map<String, ?> config, Function<String, String> env) {
    return fromConfig(config, env, UnaryOperator.identity());
  }

  /**
   * Builds a connector from a parsed configuration, letting the host adjust the transport options
   * read from {@code options} before the connector is built: to add a listener for metrics or
   * tracing, or its own {@code OkHttpClient}.
   *
   * <pre>{@code
   * CrmConnector crm = CrmConnectors.fromConfig(config, System::getenv,
   *     options -> options.toBuilder().listener(metrics).build());
   * }</pre>
   *
   * @param customizer receives the options read from the configuration, returns those to use
   */
  @SuppressWarnings("unchecked")
  public static CrmConnector fromConfig(
      Map<String, ?> config,
      Function<String, String> env,
      UnaryOperator<ClientOptions> customizer) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(customizer, "customizer");
    Map<String, Object> resolved = (Map<String, Object>) new EnvResolver(env).resolve(config, "");
    ConfigKeys.requireKnown("", resolved, SECTIONS);
    String type = crmType(resolved.get("crm_type"));
    ConnectorProvider provider = providers().get(type);
    if (provider == null) {
      String hint = ConfigKeys.closest(type, providers().keySet());
      throw new ConfigurationException(
          "crm_type",
          "unknown crm_type '"
              + type
              + "'"
              + (hint == null ? "" : "; did you mean '" + hint + "'?")
              + " Available: "
              + providers().keySet()
              + " (add the connector's module to the class path)");
    }
    Map<String, Object> auth = section(resolved, "auth_config");
    Map<String, Object> options = section(resolved, "options");
    requireKnownKeys(provider, auth, options);
    ConnectorConfig cc =
        ConnectorConfig.of(
            type,
            auth,
            section(resolved, "field_mapping"),
            options,
            Objects.requireNonNull(customizer.apply(OptionsReader.read(options)), "options"));
    return provider.create(cc);
  }

  /** The {@code crm_type}s the class path provides, sorted. */
  public static Set<String> available() {
    return providers().keySet();
  }

  private static SortedMap<String, ConnectorProvider> providers() {
    SortedMap<String, ConnectorProvider> byType = new TreeMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = CrmConnectors.class.getClassLoader();
    }
    for (ConnectorProvider p : ServiceLoader.load(ConnectorProvider.class, loader)) {
      byType.putIfAbsent(p.crmType().toLowerCase(Locale.ROOT), p);
    }
    return byType;
  }

  private static String crmType(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new ConfigurationException(
          "crm_type", "crm_type is required; available: " + providers().keySet());
    }
    return s.trim().toLowerCase(Locale.ROOT);
  }

  private static void requireKnownKeys(
      ConnectorProvider provider, Map<String, Object> auth, Map<String, Object> options) {
    if (provider.authKeys() != null) {
      ConfigKeys.requireKnown("auth_config", auth, provider.authKeys());
    }
    if (provider.optionKeys() != null) {
      Set<String> known = new HashSet<>(OptionsReader.KEYS);
      known.addAll(provider.optionKeys());
      ConfigKeys.requireKnown("options", options, known);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> config, String name) {
    Object value = config.get(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map)) {
      throw new ConfigurationException(name, name + " must be a JSON object");
    }
    return (Map<String, Object>) value;
  }
}
