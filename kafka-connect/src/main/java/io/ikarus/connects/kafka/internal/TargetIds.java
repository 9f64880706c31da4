package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.Query;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the target record ids of record keys, for deletes: first among the ids this task's upserts
 * returned (a bounded cache), then by querying the key field, 100 keys per query. A key found
 * nowhere has no target record. Used by one thread.
 */
final class TargetIds {

  private static final int CACHE_SIZE = 100_000;
  private static final int KEYS_PER_QUERY = 100;

  private final Map<String, String> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  void remember(String key, String id) {
    if (id != null) {
      cache.put(key, id);
    }
  }

  void forget(String key) {
    cache.remove(key);
  }

  /** The target id of each of {@code keys} that has a target record. */
  Map<String, String> resolve(
      CrmConnector crm, SinkSettings settings, Collection<String> keys, Duration timeout)
      throws InterruptedException {
    Map<String, String> ids = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String key : keys) {
      String id = cache.get(key);
      if (id != null) {
        ids.put(key, id);
      } else {
        unknown.add(key);
      }
    }
    for (int i = 0; i < unknown.size(); i += KEYS_PER_QUERY) {
      List<String> chunk = unknown.subList(i, Math.min(unknown.size(), i + KEYS_PER_QUERY));
      Query q =
          Query.of(settings.object())
              .fields(settings.keyField())
              .where(settings.keyField(), Query.Op.IN, List.copyOf(chunk));
      Calls.await(
          crm.forEach(
              q,
              r -> {
                Object key = r.field(settings.keyField());
                if (key != null && r.id() != null) {
                  ids.put(key.toString(), r.id());
                }
              }),
          timeout,
          "query");
    }
    return ids;
  }
}
