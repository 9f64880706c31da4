package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;

/**
 * One item (row) of a board: a shared-store record whose fields are the {@code name}, the column
 * values by column id ({@link StoredValue}s) and the reserved {@link #BOARD}, {@link #GROUP} and
 * {@link #STATE}; a deleted item is a tombstone.
 *
 * @param record the stored record
 */
public record MondayItem(StoredRecord record) {

  /**
   * A column value as the API returns it: {@code value} (a JSON document, never changed once
   * stored) and {@code text} (the human string).
   *
   * @param json the JSON value
   * @param text the display text
   */
  public record StoredValue(JsonNode json, String text) {}

  /** The field holding the board id. */
  static final String BOARD = "$board";

  /** The field holding the group id. */
  static final String GROUP = "$group";

  /** The field holding {@code active} or {@code archived}. */
  static final String STATE = "$state";

  /** The item id. */
  public String id() {
    return record.id();
  }

  /** The item name. */
  public String name() {
    return (String) record.get("name");
  }

  /** {@code active}, {@code archived} or {@code deleted}. */
  public String state() {
    return record.isDeleted() ? "deleted" : (String) record.get(STATE);
  }

  /** When the item was created. */
  public Instant createdAt() {
    return record.createdAt();
  }

  /** When the item last changed. */
  public Instant updatedAt() {
    return record.modifiedAt();
  }

  /** The stored value of a column, or null when empty. */
  public StoredValue value(String columnId) {
    return record.get(columnId) instanceof StoredValue v ? v : null;
  }

  String boardId() {
    return (String) record.get(BOARD);
  }

  String groupId() {
    return (String) record.get(GROUP);
  }

  boolean isActive() {
    return "active".equals(state());
  }
}
