package io.ikarus.connects.internal.memory;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The tables of an in-memory connector. Every method is atomic (synchronized), and every write
 * takes the next value of one sequence, which is what checkpoints are made of: two writes in the
 * same millisecond still get distinct, ordered positions.
 */
public final class MemoryDatabase {

  private final Map<String, MemoryTable> tables = new HashMap<>();
  private final Clock clock;
  private final String idPrefix;
  private long sequence;
  private long nextId;

  /** Creates an empty database whose ids start with {@code idPrefix}. */
  public MemoryDatabase(Clock clock, String idPrefix) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
  }

  /** Stores a new record and returns it with its id. */
  public synchronized CrmRecord insert(String object, Map<String, Object> fields) {
    String id = idPrefix + (++nextId);
    CrmRecord record = new CrmRecord(object, id, fields, clock.instant());
    table(object).put(record, ++sequence);
    return record;
  }

  /** Merges {@code fields} into an existing record; returns null when there is no such record. */
  public synchronized CrmRecord merge(String object, String id, Map<String, Object> fields) {
    CrmRecord old = table(object).get(id);
    if (old == null) {
      return null;
    }
    Map<String, Object> merged = new LinkedHashMap<>(old.fields());
    merged.putAll(fields);
    CrmRecord record = new CrmRecord(object, id, merged, clock.instant());
    table(object).put(record, ++sequence);
    return record;
  }

  /** Deletes a record; returns false when there was none. */
  public synchronized boolean delete(String object, String id) {
    MemoryTable table = table(object);
    if (table.get(id) == null) {
      return false;
    }
    table.remove(id, ++sequence);
    return true;
  }

  /** Returns the record, or null. */
  public synchronized CrmRecord get(String object, String id) {
    return table(object).get(id);
  }

  /** The records matching {@code filter}, in insertion order. */
  public synchronized List<CrmRecord> select(String object, Predicate<CrmRecord> filter) {
    List<CrmRecord> out = new ArrayList<>();
    for (CrmRecord r : table(object).all()) {
      if (filter.test(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Atomically finds the one record whose {@code keyField} equals {@code key} and merges {@code
   * fields} into it, or inserts a new record.
   *
   * @return the written record, and whether it was created
   * @throws IllegalStateException when several records hold the key
   */
  public synchronized Upserted upsert(
      String object, String keyField, Object key, Map<String, Object> fields) {
    List<CrmRecord> found = findByKey(object, keyField, key);
    if (found.size() > 1) {
      throw new IllegalStateException(found.size() + " records have " + keyField + " = " + key);
    }
    if (found.isEmpty()) {
      return new Upserted(insert(object, fields), true);
    }
    return new Upserted(merge(object, found.get(0).id(), fields), false);
  }

  /** The records whose {@code keyField} equals {@code key}. */
  public synchronized List<CrmRecord> findByKey(String object, String keyField, Object key) {
    return select(object, r -> Values.same(r.field(keyField), key));
  }

  /** The result of {@link #upsert}. */
  public record Upserted(CrmRecord record, boolean created) {}

  /**
   * The changes after {@code checkpoint}, at most {@code max}.
   *
   * @throws IllegalArgumentException when the checkpoint was not made by a database like this
   */
  public synchronized Changes changes(String object, Checkpoint checkpoint, int max) {
    long from = parse(checkpoint);
    if (from > sequence) {
      throw new IllegalArgumentException(
          "checkpoint " + checkpoint.asString() + " is ahead of this connector's history");
    }
    MemoryTable table = table(object);
    NavigableMap<Long, MemoryTable.Change> slice = table.changesAfter(from, max);
    List<CrmRecord> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (MemoryTable.Change c : slice.values()) {
      if (c.record() == null) {
        deleted.add(c.id());
      } else {
        upserts.add(c.record());
      }
    }
    long last = slice.isEmpty() ? sequence : slice.lastKey();
    boolean more = table.hasChangesAfter(last);
    return new Changes(upserts, deleted, Checkpoint.parse(Long.toString(last)), more);
  }

  private static long parse(Checkpoint checkpoint) {
    if (checkpoint.isInitial()) {
      return 0;
    }
    try {
      long value = Long.parseLong(checkpoint.asString());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(
        "checkpoint '" + checkpoint.asString() + "' was not made by an in-memory connector");
  }

  private MemoryTable table(String object) {
    return tables.computeIfAbsent(object, o -> new MemoryTable());
  }
}
