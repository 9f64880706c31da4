package io.ikarus.connects.generic.fakes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The records of one object type in a small fake: ids from a counter, a modification time on every
 * write, and the time of each deletion. Not thread-safe (the fake's handler lock guards it).
 */
public final class RecordTable {

  private final Clock clock;
  private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
  private final Map<String, Instant> modified = new LinkedHashMap<>();
  private final Map<String, Instant> deleted = new LinkedHashMap<>();
  private long next = 1000;
  private Instant last = Instant.EPOCH;

  RecordTable(Clock clock) {
    this.clock = clock;
  }

  /** Stores a new record; returns its id. */
  public String insert(Map<String, Object> fields) {
    String id = Long.toString(next++);
    rows.put(id, new LinkedHashMap<>(fields));
    modified.put(id, now());
    return id;
  }

  /** The fields of a live record, or null. */
  public Map<String, Object> get(String id) {
    return rows.get(id);
  }

  /** Merges {@code fields} into a live record; false when there is none. */
  public boolean update(String id, Map<String, Object> fields) {
    Map<String, Object> row = rows.get(id);
    if (row == null) {
      return false;
    }
    row.putAll(fields);
    modified.put(id, now());
    return true;
  }

  /** Deletes a live record; false when there is none. */
  public boolean delete(String id) {
    if (rows.remove(id) == null) {
      return false;
    }
    modified.remove(id);
    deleted.put(id, now());
    return true;
  }

  /** When a live record last changed. */
  public Instant modified(String id) {
    return modified.get(id);
  }

  /** The ids of live records matching {@code filter}, oldest first. */
  public List<String> select(Predicate<String> filter) {
    List<String> out = new ArrayList<>();
    rows.keySet().stream().filter(filter).forEach(out::add);
    return out;
  }

  /** Deleted ids and when they were deleted. */
  public Map<String, Instant> deleted() {
    return Map.copyOf(deleted);
  }

  private Instant now() {
    Instant t = clock.instant();
    last = t.isAfter(last) ? t : last.plusMillis(1);
    return last;
  }
}
