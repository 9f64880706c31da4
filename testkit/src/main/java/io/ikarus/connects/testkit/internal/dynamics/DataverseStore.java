package io.ikarus.connects.testkit.internal.dynamics;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rows of a fake environment, with a global row version (for change tracking), tombstones of
 * deleted rows, and undo-log transactions for change sets.
 *
 * <p>Not thread-safe: the API serialises every request on this store's monitor.
 */
final class DataverseStore {

  /** One stored row; values are never mutated in place, so snapshots stay valid. */
  record Row(UUID id, Map<String, Object> values, long version) {
    Row {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** A deleted row, kept for change tracking. */
  record Tombstone(UUID id, long version) {}

  private final Map<String, LinkedHashMap<UUID, Row>> tables = new LinkedHashMap<>();
  private final Map<String, List<Tombstone>> tombstones = new LinkedHashMap<>();
  private final Clock clock;
  private long version;
  private Deque<Runnable> undo;

  DataverseStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The row {@code id} of {@code set}, or null. */
  Row get(String set, UUID id) {
    return table(set).get(id);
  }

  /** Every row of {@code set}, in creation order. */
  List<Row> rows(String set) {
    return List.copyOf(table(set).values());
  }

  /** True when a row of {@code set} passes {@code test}; reads the live table, without a copy. */
  boolean anyRow(String set, Predicate<Row> test) {
    for (Row r : table(set).values()) {
      if (test.test(r)) {
        return true;
      }
    }
    return false;
  }

  /** The current row version: every write takes the next one. */
  long version() {
    return version;
  }

  /** Rows of {@code set} written after version {@code since}. */
  List<Row> changedSince(String set, long since) {
    return table(set).values().stream().filter(r -> r.version() > since).toList();
  }

  /** Rows of {@code set} deleted after version {@code since}. */
  List<Tombstone> deletedSince(String set, long since) {
    return tombstones.getOrDefault(set, List.of()).stream()
        .filter(t -> t.version() > since)
        .toList();
  }

  /** Inserts a row, stamping its id column, createdon and modifiedon. */
  Row insert(String set, String idColumn, UUID id, Map<String, Object> values) {
    Map<String, Object> v = new LinkedHashMap<>(values);
    String now = now();
    v.put(idColumn, id.toString());
    v.put("createdon", now);
    v.put("modifiedon", now);
    Row row = new Row(id, v, ++version);
    table(set).put(id, row);
    log(() -> table(set).remove(id));
    return row;
  }

  /** Applies {@code changes} to an existing row and stamps modifiedon. */
  Row update(String set, UUID id, Map<String, Object> changes) {
    Row old = Objects.requireNonNull(get(set, id), "row");
    Map<String, Object> v = new LinkedHashMap<>(old.values());
    v.putAll(changes);
    v.put("modifiedon", now());
    Row row = new Row(id, v, ++version);
    table(set).put(id, row);
    log(() -> table(set).put(id, old));
    return row;
  }

  /** Deletes a row, leaving a tombstone. */
  void delete(String set, UUID id) {
    Row old = table(set).remove(id);
    if (old == null) {
      return;
    }
    List<Tombstone> list = tombstones.computeIfAbsent(set, s -> new ArrayList<>());
    list.add(new Tombstone(id, ++version));
    log(
        () -> {
          list.remove(list.size() - 1);
          table(set).put(id, old);
        });
  }

  /** Starts a transaction: writes until {@link #commit()} or {@link #rollback()} are undoable. */
  void begin() {
    undo = new ArrayDeque<>();
  }

  /** Keeps the transaction's writes. */
  void commit() {
    undo = null;
  }

  /** Undoes the transaction's writes, newest first. */
  void rollback() {
    Deque<Runnable> u = undo;
    undo = null;
    while (u != null && !u.isEmpty()) {
      u.pop().run();
    }
  }

  private void log(Runnable action) {
    if (undo != null) {
      undo.push(action);
    }
  }

  private LinkedHashMap<UUID, Row> table(String set) {
    return tables.computeIfAbsent(set, s -> new LinkedHashMap<>());
  }

  private String now() {
    return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }
}
