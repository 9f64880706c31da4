package io.ikarus.connects.kafka.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The source connector's settings, parsed and checked.
 *
 * @param connector the connector's name (part of every source partition)
 * @param accounts the accounts: one unnamed ({@code account}) or those listed in {@code accounts}
 * @param listed true when the accounts were listed in {@code accounts}, each with its own settings
 * @param objects the objects read from every account
 * @param topicTemplate the topic name, with {@code ${account}} and {@code ${object}}
 * @param schemaless true to emit maps without schemas, false for Structs from {@code describe()}
 * @param pollInterval how long an object that has no more changes rests before it is asked again
 * @param heartbeatInterval how often an idle object emits a heartbeat; zero for never
 * @param heartbeatTopic where heartbeats go
 * @param requestTimeout how long one {@code changesSince} or {@code describe} may take
 */
public record SourceSettings(
    String connector,
    List<String> accounts,
    boolean listed,
    List<String> objects,
    String topicTemplate,
    boolean schemaless,
    Duration pollInterval,
    Duration heartbeatInterval,
    String heartbeatTopic,
    Duration requestTimeout) {

  /** The connector's account name when {@code accounts} is empty. */
  public static final String ACCOUNT = "account";

  /** Several accounts, each configured under {@code accounts.<name>.}. */
  public static final String ACCOUNTS = "accounts";

  /** The objects to read. */
  public static final String OBJECTS = "objects";

  /** The topic template. */
  public static final String TOPIC = "topic.template";

  /** {@code struct} or {@code map}. */
  public static final String VALUE_FORMAT = "value.format";

  /** Milliseconds an up-to-date object rests. */
  public static final String POLL_INTERVAL = "poll.interval.ms";

  /** Milliseconds between heartbeats of an idle object. */
  public static final String HEARTBEAT_INTERVAL = "heartbeat.interval.ms";

  /** The heartbeat topic. */
  public static final String HEARTBEAT_TOPIC = "heartbeat.topic";

  /** Milliseconds one CRM call may take. */
  public static final String REQUEST_TIMEOUT = "request.timeout.ms";

  /** The settings' definitions. */
  public static final ConfigDef DEF =
      CrmSettings.define(new ConfigDef())
          .define(ACCOUNT, Type.STRING, "default", Importance.MEDIUM, "The account's name.")
          .define(ACCOUNTS, Type.LIST, List.of(), Importance.MEDIUM, "Several accounts' names.")
          .define(OBJECTS, Type.LIST, Importance.HIGH, "The objects to read, such as Contact.")
          .define(TOPIC, Type.STRING, "crm.${account}.${object}", Importance.HIGH, "Topic name.")
          .define(
              VALUE_FORMAT,
              Type.STRING,
              "struct",
              ConfigDef.ValidString.in("struct", "map"),
              Importance.MEDIUM,
              "struct: Connect Structs typed from describe(); map: schemaless maps.")
          .define(POLL_INTERVAL, Type.LONG, 30_000L, Importance.MEDIUM, "Rest when up to date.")
          .define(HEARTBEAT_INTERVAL, Type.LONG, 60_000L, Importance.LOW, "0 disables heartbeats.")
          .define(HEARTBEAT_TOPIC, Type.STRING, "crm.heartbeats", Importance.LOW, "Heartbeats.")
          .define(REQUEST_TIMEOUT, Type.LONG, 300_000L, Importance.LOW, "Per CRM call.");

  /** Copies. */
  public SourceSettings {
    accounts = List.copyOf(accounts);
    objects = List.copyOf(objects);
  }

  /**
   * Parses connector or task properties.
   *
   * @throws ConfigException naming the setting at fault
   */
  public static SourceSettings parse(Map<String, String> props) {
    AbstractConfig c = new AbstractConfig(DEF, props, false);
    List<String> objects = c.getList(OBJECTS);
    if (objects.isEmpty()) {
      throw new ConfigException(OBJECTS, "", "needs at least one object");
    }
    List<String> accounts = c.getList(ACCOUNTS);
    distinct(OBJECTS, objects);
    distinct(ACCOUNTS, accounts);
    String format = c.getString(VALUE_FORMAT).toLowerCase(Locale.ROOT);
    return new SourceSettings(
        props.getOrDefault("name", "crm-source"),
        accounts.isEmpty() ? List.of(c.getString(ACCOUNT)) : accounts,
        !accounts.isEmpty(),
        objects,
        c.getString(TOPIC),
        format.equals("map"),
        millis(c, POLL_INTERVAL),
        millis(c, HEARTBEAT_INTERVAL),
        c.getString(HEARTBEAT_TOPIC),
        millis(c, REQUEST_TIMEOUT));
  }

  /** The prefix of an account's own settings: empty for the single unnamed account. */
  public String prefix(String account) {
    return listed ? ACCOUNTS + "." + account + "." : "";
  }

  /** The topic of {@code object} of {@code account}, with invalid characters replaced by _. */
  public String topic(String account, String object) {
    String t = topicTemplate.replace("${account}", account).replace("${object}", object);
    return t.replaceAll("[^a-zA-Z0-9._-]", "_");
  }

  private static void distinct(String key, List<String> values) {
    for (String v : values) {
      if (v.isBlank() || values.indexOf(v) != values.lastIndexOf(v)) {
        throw new ConfigException(
            key, String.join(",", values), "lists '" + v + "' twice or blank");
      }
    }
  }

  private static Duration millis(AbstractConfig c, String key) {
    long ms = c.getLong(key);
    if (ms < 0) {
      throw new ConfigException(key, ms, "must not be negative");
    }
    return Duration.ofMillis(ms);
  }
}
