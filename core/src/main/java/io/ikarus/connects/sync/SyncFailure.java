package io.ikarus.connects.sync;

import java.util.Objects;

/**
 * One record that could not be synced in a run; it is retried on the next run.
 *
 * @param side the side of the record whose change could not be synced
 * @param recordId that record's id
 * @param operation what failed: {@code read}, {@code map}, {@code create}, {@code update} or {@code
 *     delete} (the write on the other side)
 * @param field the field at fault, or null when not one field's
 * @param reason why
 */
public record SyncFailure(
    SyncSide side, String recordId, String operation, String field, String reason) {

  /** Validates. */
  public SyncFailure {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return side
        + " "
        + recordId
        + " "
        + operation
        + (field == null ? "" : " " + field)
        + ": "
        + reason;
  }
}
