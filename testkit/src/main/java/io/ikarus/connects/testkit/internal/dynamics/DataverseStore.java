package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.IdSource;
import io.ikarus.connects.testkit.internal.ObjectStore;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rows of a fake environment on the shared {@link ObjectStore}: GUID ids, the store-wide write
 * version as Dataverse's row version (for change tracking), tombstones of deleted rows,
 * whole-second {@code createdon}/{@code modifiedon}, and undo-log transactions for change sets.
 *
 * <p>Not thread-safe: the API serialises every request on this store's monitor.
 */
final class DataverseStore {

  private final ObjectStore store;
  private int depth;

  DataverseStore(Clock clock) {
    // Dataverse assigns random GUIDs (a client may choose its own on create).
    IdSource guids = type -> UUID.randomUUID().toString();
    this.store = new ObjectStore(Objects.requireNonNull(clock, "clock"), guids);
  }

  /** The row {@code id} of {@code set}, or null. */
  StoredRecord get(String set, UUID id) {
    return table(set).find(id.toString()).filter(r -> !r.isDeleted()).orElse(null);
  }

  /** Every row of {@code set}, in creation order. */
  List<StoredRecord> rows(String set) {
    return table(set).stored().stream().filter(r -> !r.isDeleted()).toList();
  }

  /** True when a row of {@code set} passes {@code test}; without copying the rows first. */
  boolean anyRow(String set, Predicate<StoredRecord> test) {
    return table(set).stored().stream().anyMatch(r -> !r.isDeleted() && test.test(r));
  }

  /** The current row version: every write takes the next one. */
  long version() {
    return store.version();
  }

  /**
   * Rows of {@code set} last written after version {@code since} up to {@code upto}: the live ones,
   * or the {@code deleted} ones (tombstones).
   */
  List<StoredRecord> written(String set, long since, long upto, boolean deleted) {
    return table(set).stored().stream()
        .filter(r -> r.isDeleted() == deleted && r.version() > since && r.version() <= upto)
        .toList();
  }

  /** Inserts a row, stamping its id column, createdon and modifiedon. */
  StoredRecord insert(String set, String idColumn, UUID id, Map<String, Object> values) {
    Map<String, Object> v = new LinkedHashMap<>(values);
    String now = now();
    v.put(idColumn, id.toString());
    v.put("createdon", now);
    v.put("modifiedon", now);
    return table(set).insert(id.toString(), v);
  }

  /** Applies {@code changes} to a live row and stamps modifiedon. */
  StoredRecord update(StoredRecord row, Map<String, Object> changes) {
    Map<String, Object> v = new LinkedHashMap<>(changes);
    v.put("modifiedon", now());
    table(row.type()).update(row, v);
    return row;
  }

  /** Deletes a live row, leaving a tombstone. */
  void delete(StoredRecord row) {
    table(row.type()).delete(row);
  }

  /**
   * Starts a transaction: writes until {@link #commit()} or {@link #rollback()} are undoable. A
   * transaction begun inside another (a CreateMultiple in a change set) joins it: the outer one
   * keeps or undoes everything.
   */
  void begin() {
    if (depth++ == 0) {
      store.begin();
    }
  }

  /** Keeps the transaction's writes. */
  void commit() {
    if (--depth == 0) {
      store.commit();
    }
  }

  /** Undoes the transaction's writes, newest first (an inner one leaves that to the outer). */
  void rollback() {
    if (--depth == 0) {
      store.rollback();
    }
  }

  private Extent table(String set) {
    return store.extent(set).orElseGet(() -> store.define(set, Set.of()));
  }

  private String now() {
    return DateTimeFormatter.ISO_INSTANT.format(store.now());
  }
}
