package io.ikarus.connects.kafka.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.util.ConnectorUtils;

/**
 * Splits a source connector's streams into task configurations, whole accounts at a time: a
 * vendor's rate budget belongs to an account, and tasks run in different JVMs, so every stream of
 * an account stays in one task and shares its rate limiter. A connector with one account therefore
 * runs one task; to spread one account over several tasks, run several connectors, each with its
 * share of the budget in {@code options.rate_limits}.
 */
public final class TaskPlan {

  /** The task setting naming the accounts a task owns, comma-separated. */
  public static final String TASK_ACCOUNTS = "task.accounts";

  private TaskPlan() {}

  /** One configuration per task: the connector's settings plus the task's accounts. */
  public static List<Map<String, String>> taskConfigs(
      Map<String, String> props, SourceSettings settings, int maxTasks) {
    int tasks = Math.max(1, Math.min(maxTasks, settings.accounts().size()));
    List<Map<String, String>> configs = new ArrayList<>();
    for (List<String> group : ConnectorUtils.groupPartitions(settings.accounts(), tasks)) {
      Map<String, String> config = new HashMap<>(props);
      config.put(TASK_ACCOUNTS, String.join(",", group));
      configs.add(config);
    }
    return configs;
  }

  /** The streams a task owns: its accounts times the connector's objects, accounts first. */
  public static List<Stream> streams(Map<String, String> taskProps, SourceSettings settings) {
    String owned = taskProps.get(TASK_ACCOUNTS);
    List<String> accounts =
        owned == null || owned.isBlank() ? settings.accounts() : List.of(owned.split(","));
    List<Stream> streams = new ArrayList<>();
    for (String account : accounts) {
      for (String object : settings.objects()) {
        streams.add(new Stream(settings.connector(), account, object));
      }
    }
    return streams;
  }
}
