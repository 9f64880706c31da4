package io.ikarus.connects.minicrm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data of the MiniCrm fake: records per object with server-assigned ids and a change log
 * (sequence numbers, tombstones). A record needs a non-blank {@code name}. Thread-safe by
 * synchronisation; small on purpose.
 */
final class MiniCrmStore {

  /** A change log entry. */
  record Change(long seq, String object, String id, boolean deleted) {}

  private final Map<String, Map<String, Map<String, Object>>> objects = new LinkedHashMap<>();
  private final List<Change> log = new ArrayList<>();
  private long nextId = 1;
  private long seq;

  /** Returns the error of an invalid record, or null. */
  static String validate(Map<String, Object> fields) {
    Object name = fields.get("name");
    return name instanceof String s && !s.isBlank() ? null : "name is required";
  }

  synchronized Map<String, Object> create(String object, Map<String, Object> fields) {
    String id = "r" + nextId++;
    Map<String, Object> record = new LinkedHashMap<>(fields);
    record.put("id", id);
    table(object).put(id, record);
    touch(object, id, false);
    return Map.copyOf(record);
  }

  synchronized Map<String, Object> get(String object, String id) {
    Map<String, Object> r = table(object).get(id);
    return r == null ? null : new LinkedHashMap<>(r);
  }

  synchronized Map<String, Object> update(String object, String id, Map<String, Object> fields) {
    Map<String, Object> r = table(object).get(id);
    if (r == null) {
      return null;
    }
    r.putAll(fields);
    r.put("id", id);
    touch(object, id, false);
    return new LinkedHashMap<>(r);
  }

  synchronized boolean delete(String object, String id) {
    if (table(object).remove(id) == null) {
      return false;
    }
    touch(object, id, true);
    return true;
  }

  /** The id of the record whose {@code key} equals {@code value}, or null. */
  synchronized String findBy(String object, String key, String value) {
    for (Map<String, Object> r : table(object).values()) {
      if (value.equals(String.valueOf(r.get(key)))) {
        return (String) r.get("id");
      }
    }
    return null;
  }

  synchronized List<Map<String, Object>> all(String object) {
    return table(object).values().stream()
        .map(r -> (Map<String, Object>) new LinkedHashMap<>(r))
        .toList();
  }

  /** Changes after {@code since}, at most {@code limit}. */
  synchronized List<Change> changes(String object, long since, int limit) {
    return log.stream()
        .filter(c -> c.object().equals(object) && c.seq() > since)
        .limit(limit)
        .toList();
  }

  private Map<String, Map<String, Object>> table(String object) {
    return objects.computeIfAbsent(Objects.requireNonNull(object), k -> new LinkedHashMap<>());
  }

  private void touch(String object, String id, boolean deleted) {
    log.add(new Change(++seq, object, id, deleted));
  }
}
