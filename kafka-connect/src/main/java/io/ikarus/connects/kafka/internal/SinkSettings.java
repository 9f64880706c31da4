package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.UnmappedFields;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The sink connector's settings, parsed and checked.
 *
 * @param object the target object, such as {@code contacts}
 * @param keyField the target field that holds the record key (a unique field: an external id)
 * @param mapping how a record's value becomes the target's fields
 * @param deletes true when tombstones delete the target record
 * @param writeTimeout how long one batch's CRM calls may take
 * @param retryBackoff how long Connect waits before redelivering after a retryable failure
 */
public record SinkSettings(
    String object,
    String keyField,
    FieldMapping mapping,
    boolean deletes,
    Duration writeTimeout,
    Duration retryBackoff) {

  /** The target object. */
  public static final String OBJECT = "object";

  /** The target key field. */
  public static final String KEY_FIELD = "key.field";

  /** The field mapping, JSON. */
  public static final String FIELD_MAPPING = "field_mapping";

  /** Whether tombstones delete. */
  public static final String DELETES = "delete.enabled";

  /** Milliseconds a batch may take. */
  public static final String WRITE_TIMEOUT = "write.timeout.ms";

  /** Milliseconds before redelivery after a retryable failure. */
  public static final String RETRY_BACKOFF = "retry.backoff.ms";

  /** The settings' definitions. */
  public static final ConfigDef DEF =
      CrmSettings.define(new ConfigDef())
          .define(OBJECT, Type.STRING, Importance.HIGH, "The target object, such as contacts.")
          .define(
              KEY_FIELD,
              Type.STRING,
              Importance.HIGH,
              "The unique target field that receives the record key; upserts and deletes use it.")
          .define(
              FIELD_MAPPING,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "A field mapping as JSON (the SDK's FieldMapping form); empty passes every field.")
          .define(DELETES, Type.BOOLEAN, true, Importance.MEDIUM, "Tombstones delete records.")
          .define(WRITE_TIMEOUT, Type.LONG, 300_000L, Importance.LOW, "Per batch of writes.")
          .define(RETRY_BACKOFF, Type.LONG, 10_000L, Importance.LOW, "Before redelivery.");

  /**
   * Parses connector or task properties.
   *
   * @throws ConfigException naming the setting at fault
   */
  public static SinkSettings parse(Map<String, String> props) {
    AbstractConfig c = new AbstractConfig(DEF, props, false);
    return new SinkSettings(
        required(c, OBJECT),
        required(c, KEY_FIELD),
        mapping(c.getString(FIELD_MAPPING)),
        c.getBoolean(DELETES),
        Duration.ofMillis(positive(c, WRITE_TIMEOUT)),
        Duration.ofMillis(positive(c, RETRY_BACKOFF)));
  }

  private static FieldMapping mapping(String json) {
    if (json == null || json.isBlank()) {
      return FieldMapping.builder().unmapped(UnmappedFields.PASS_THROUGH).build();
    }
    try {
      return FieldMapping.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(FIELD_MAPPING, json, e.getMessage());
    }
  }

  private static String required(AbstractConfig c, String key) {
    String v = c.getString(key);
    if (v == null || v.isBlank()) {
      throw new ConfigException(key, v, "is required");
    }
    return v.trim();
  }

  private static long positive(AbstractConfig c, String key) {
    long v = c.getLong(key);
    if (v <= 0) {
      throw new ConfigException(key, v, "must be positive");
    }
    return v;
  }
}
