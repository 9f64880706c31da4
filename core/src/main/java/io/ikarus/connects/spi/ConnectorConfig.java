package io.ikarus.connects.spi;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.ConfigurationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A connector's configuration as given to a {@link ConnectorProvider}: the {@code crm_type}, the
 * {@code auth_config} and {@code field_mapping} sections as parsed JSON values (with every {@code
 * ${env:NAME}} already resolved), and the {@code options} section both as {@link ClientOptions} and
 * as raw values for vendor-specific settings. Immutable; {@link #toString()} hides auth values.
 */
public final class ConnectorConfig {

  private final String crmType;
  private final Map<String, Object> authConfig;
  private final Map<String, Object> fieldMapping;
  private final Map<String, Object> rawOptions;
  private final ClientOptions options;

  private ConnectorConfig(
      String crmType,
      Map<String, Object> authConfig,
      Map<String, Object> fieldMapping,
      Map<String, Object> rawOptions,
      ClientOptions options) {
    this.crmType = Objects.requireNonNull(crmType, "crmType");
    this.authConfig = copy(authConfig);
    this.fieldMapping = copy(fieldMapping);
    this.rawOptions = copy(rawOptions);
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Creates a configuration; {@link io.ikarus.connects.CrmConnectors} does this from JSON. Null
   * sections become empty.
   */
  public static ConnectorConfig of(
      String crmType,
      Map<String, Object> authConfig,
      Map<String, Object> fieldMapping,
      Map<String, Object> rawOptions,
      ClientOptions options) {
    return new ConnectorConfig(crmType, authConfig, fieldMapping, rawOptions, options);
  }

  /** The {@code crm_type}. */
  public String crmType() {
    return crmType;
  }

  /** The {@code auth_config} section; empty when absent. */
  public Map<String, Object> authConfig() {
    return authConfig;
  }

  /** The {@code field_mapping} section; empty when absent. */
  public Map<String, Object> fieldMapping() {
    return fieldMapping;
  }

  /** The {@code options} section as given, including vendor-specific keys; empty when absent. */
  public Map<String, Object> rawOptions() {
    return rawOptions;
  }

  /** The {@code options} section as transport settings. */
  public ClientOptions options() {
    return options;
  }

  /**
   * Returns {@code auth_config.<key>} as a non-blank string.
   *
   * @throws IllegalArgumentException naming the key when it is missing, blank or not a string
   */
  public String requireAuth(String key) {
    String value = auth(key);
    if (value == null || value.isBlank()) {
      throw new ConfigurationException(
          "auth_config." + key,
          "auth_config." + key + " is required for crm_type '" + crmType + "'");
    }
    return value;
  }

  /**
   * Returns {@code auth_config.<key>} as a string, or null when absent.
   *
   * @throws IllegalArgumentException naming the key when the value is not a string or number
   */
  public String auth(String key) {
    Object value = authConfig.get(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    throw new ConfigurationException(
        "auth_config." + key,
        "auth_config." + key + " must be a string, not " + value.getClass().getSimpleName());
  }

  /** Returns {@code options.<key>} as given, or null. */
  public Object option(String key) {
    return rawOptions.get(key);
  }

  /**
   * Returns {@code options.<key>} as a whole number, or null when absent.
   *
   * @throws io.ikarus.connects.ConfigurationException naming the key when the value is a fraction,
   *     not a number, or outside the {@code int} range
   */
  public Integer intOption(String key) {
    Object value = rawOptions.get(key);
    if (value == null) {
      return null;
    }
    long n = ConfigKeys.wholeNumber("options." + key, value);
    if (n != (int) n) {
      throw new ConfigurationException("options." + key, "options." + key + " is too large: " + n);
    }
    return (int) n;
  }

  @Override
  public String toString() {
    return "ConnectorConfig{crmType="
        + crmType
        + ", authConfig="
        + authConfig.keySet()
        + ", fieldMapping="
        + fieldMapping.keySet()
        + ", options="
        + options
        + '}';
  }

  private static Map<String, Object> copy(Map<String, Object> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
