package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.spi.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The SDK connector settings shared by source and sink: {@code crm_type}, {@code auth_config} and
 * {@code options}, as in {@code CrmConnectors.fromConfig}. {@code auth_config} is a JSON object (a
 * password-type setting, so Connect hides it); single entries may also be given as {@code
 * auth_config.<key>}, which suits Connect's config providers ({@code "auth_config.client_secret":
 * "${file:/etc/crm.properties:sf_secret}"}).
 */
public final class CrmSettings {

  /** The connector type: {@code salesforce}, {@code hubspot}, ... */
  public static final String CRM_TYPE = "crm_type";

  /** The credentials, a JSON object. */
  public static final String AUTH_CONFIG = "auth_config";

  /** The SDK client options, a JSON object. */
  public static final String OPTIONS = "options";

  private CrmSettings() {}

  /** Adds the shared settings to {@code def}. */
  public static ConfigDef define(ConfigDef def) {
    return def.define(CRM_TYPE, Type.STRING, Importance.HIGH, "The CRM: salesforce, hubspot, ...")
        .define(
            AUTH_CONFIG,
            Type.PASSWORD,
            "{}",
            Importance.HIGH,
            "The credentials as a JSON object (see the connector's docs); entries may also be"
                + " given one by one as auth_config.<key>.")
        .define(
            OPTIONS,
            Type.STRING,
            "{}",
            Importance.MEDIUM,
            "SDK client options as a JSON object: base_url, auth_url, timeout_ms, max_attempts,"
                + " rate_limits, ...; entries may also be given as options.<key>.");
  }

  /**
   * The SDK configuration of the account whose settings start with {@code prefix} ({@code ""} for
   * the connector's own account). {@code crm_type} and {@code options} fall back to the unprefixed
   * ones; credentials never do.
   *
   * @throws ConfigException naming the setting that is not a JSON object or is missing
   */
  public static Map<String, Object> sdkConfig(Map<String, String> props, String prefix) {
    String type = props.getOrDefault(prefix + CRM_TYPE, props.get(CRM_TYPE));
    if (type == null || type.isBlank()) {
      throw new ConfigException(prefix + CRM_TYPE, type, "is required");
    }
    Map<String, Object> options = section(props, "", OPTIONS, false);
    if (!prefix.isEmpty()) {
      options.putAll(section(props, prefix, OPTIONS, false));
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(CRM_TYPE, type.trim());
    config.put(AUTH_CONFIG, section(props, prefix, AUTH_CONFIG, true));
    config.put(OPTIONS, options);
    return config;
  }

  private static Map<String, Object> section(
      Map<String, String> props, String prefix, String name, boolean secret) {
    String key = prefix + name;
    Map<String, Object> out = new LinkedHashMap<>(jsonObject(key, props.get(key), secret));
    String entryPrefix = key + ".";
    props.forEach(
        (k, v) -> {
          if (k.startsWith(entryPrefix)) {
            out.put(k.substring(entryPrefix.length()), v);
          }
        });
    return out;
  }

  /**
   * Parses a JSON object setting; a secret's text never reaches the error.
   *
   * @throws ConfigException naming {@code key} when the value is not a JSON object
   */
  public static Map<String, Object> jsonObject(String key, String value, boolean secret) {
    if (value == null || value.isBlank()) {
      return Map.of();
    }
    try {
      return Json.parseObject(value);
    } catch (RuntimeException e) {
      String why = secret ? "must be a JSON object" : "must be a JSON object: " + e.getMessage();
      throw new ConfigException(key, secret ? "[hidden]" : value, why);
    }
  }
}
