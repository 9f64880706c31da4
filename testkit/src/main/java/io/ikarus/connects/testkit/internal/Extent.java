package io.ikarus.connects.testkit.internal;

import io.ikarus.connects.testkit.RowGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of one object type: an append-only list (tombstones stay, so scan positions are
 * stable for cursors), an id map, value indexes for unique and external-id fields, and optional
 * generated rows served lazily before the stored ones.
 */
public final class Extent {

  private final ObjectStore store;
  private final String type;
  private final IdSource ids;
  private final List<StoredRecord> rows = new ArrayList<>();
  private final Map<String, StoredRecord> byId = new HashMap<>();
  private final Map<String, Map<Object, Set<String>>> indexes = new HashMap<>();
  private long generatedCount;
  private RowGenerator generator;

  Extent(ObjectStore store, String type, Set<String> indexedFields, IdSource ids) {
    this.store = store;
    this.type = type;
    this.ids = ids;
    indexedFields.forEach(f -> indexes.put(f, new HashMap<>()));
  }

  /** The canonical type name. */
  public String type() {
    return type;
  }

  /** Inserts a record with a new id and the current stamps. */
  public StoredRecord insert(Map<String, Object> fields) {
    return insert(ids.newId(type), fields);
  }

  /** Inserts a record with an id the client chose (Dataverse accepts a GUID on create). */
  public StoredRecord insert(String id, Map<String, Object> fields) {
    StoredRecord record = new StoredRecord(id, type, fields, store.now(), store.nextVersion());
    rows.add(record);
    byId.put(record.id(), record);
    index(record, true);
    store.onUndo(() -> removePhysically(record));
    return record;
  }

  /** Applies {@code changes} to a live record and stamps it. */
  public void update(StoredRecord record, Map<String, Object> changes) {
    update(record, changes, store.now());
  }

  /** Applies {@code changes} to a live record and stamps it {@code stamp} (maybe in the past). */
  public void update(StoredRecord record, Map<String, Object> changes, Instant stamp) {
    change(record, () -> record.apply(changes, stamp, store.nextVersion()));
  }

  /** Turns a live record into a tombstone. */
  public void delete(StoredRecord record) {
    change(record, () -> record.markDeleted(store.now(), store.nextVersion()));
  }

  /** A stored record by id, live or deleted. */
  public Optional<StoredRecord> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The live records whose indexed {@code field} equals {@code value} (case-insensitive). */
  public List<StoredRecord> lookup(String field, Object value) {
    Map<Object, Set<String>> index = indexes.get(field);
    if (index == null) {
      throw new IllegalArgumentException(field + " is not indexed on " + type);
    }
    Set<String> found = index.getOrDefault(normalize(value), Set.of());
    return found.stream().map(byId::get).toList();
  }

  /** True when {@code field} has a value index, so {@link #lookup} may be asked for it. */
  public boolean indexed(String field) {
    return indexes.containsKey(field);
  }

  /** Serves {@code count} generated rows ahead of the stored ones, replacing earlier ones. */
  public void generate(long count, RowGenerator rowGenerator) {
    this.generatedCount = count;
    this.generator = rowGenerator;
  }

  /** Generated plus stored rows (tombstones included): the scan length. */
  public long rowCount() {
    return generatedCount + rows.size();
  }

  /** The row at scan {@code position}: a generated row first, then stored rows in order. */
  public StoredRecord row(long position) {
    if (position < generatedCount) {
      String id = ids.generatedId(type, position);
      return new StoredRecord(id, type, generator.row(position), store.now(), 0);
    }
    return rows.get((int) (position - generatedCount));
  }

  /** The stored rows (no generated ones), tombstones included, in insertion order. */
  public List<StoredRecord> stored() {
    return List.copyOf(rows);
  }

  private void removePhysically(StoredRecord record) {
    index(record, false);
    byId.remove(record.id());
    rows.remove(rows.size() - 1);
  }

  /** Writes {@code record} and keeps its indexes in step; undone on rollback. */
  private void change(StoredRecord record, Runnable write) {
    StoredRecord before = record.snapshot();
    reindexed(record, write);
    store.onUndo(() -> reindexed(record, () -> record.restore(before)));
  }

  /** Runs {@code write} with {@code record} out of the indexes; indexes it again if live. */
  private void reindexed(StoredRecord record, Runnable write) {
    index(record, false);
    write.run();
    if (!record.isDeleted()) {
      index(record, true);
    }
  }

  private void index(StoredRecord record, boolean add) {
    for (Map.Entry<String, Map<Object, Set<String>>> e : indexes.entrySet()) {
      Object value = record.get(e.getKey());
      if (value == null) {
        continue;
      }
      Object key = normalize(value);
      if (add) {
        e.getValue().computeIfAbsent(key, k -> new LinkedHashSet<>()).add(record.id());
      } else {
        e.getValue()
            .computeIfPresent(
                key,
                (k, ids) -> {
                  ids.remove(record.id());
                  return ids.isEmpty() ? null : ids;
                });
      }
    }
  }

  private static Object normalize(Object value) {
    return value instanceof String s ? s.toLowerCase(Locale.ROOT) : value.toString();
  }
}
