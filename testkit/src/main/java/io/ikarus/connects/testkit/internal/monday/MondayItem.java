package io.ikarus.connects.testkit.internal.monday;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One item (row) of a board. Guarded by the store's lock. */
public final class MondayItem {

  final String id;
  final String boardId;
  final Instant createdAt;
  String name;
  String groupId;
  String state = "active";
  Instant updatedAt;
  final Map<String, StoredValue> values = new LinkedHashMap<>();

  MondayItem(String id, String boardId, String name, String groupId, Instant now) {
    this.id = id;
    this.boardId = boardId;
    this.name = name;
    this.groupId = groupId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The item id. */
  public String id() {
    return id;
  }

  /** The item name. */
  public String name() {
    return name;
  }

  /** {@code active}, {@code archived} or {@code deleted}. */
  public String state() {
    return state;
  }

  /** When the item last changed. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** The stored value of a column, or null when empty. */
  public StoredValue value(String columnId) {
    return values.get(columnId);
  }

  boolean isActive() {
    return "active".equals(state);
  }
}
