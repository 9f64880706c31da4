package io.ikarus.connects;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.OutcomeUnknownException;

/**
 * The outcome of one input of a batch: the record's id, or the error that stopped it.
 *
 * @param index the input's position in the batch, from 0
 * @param id the record's id on success (for a delete, the id deleted); may be null on failure
 * @param created for an upsert, true when a record was created; null when not known or not an
 *     upsert
 * @param error the failure, or null on success
 */
public record RecordResult(int index, String id, Boolean created, CrmException error) {

  /** Validates. */
  public RecordResult {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
  }

  /** A success. */
  public static RecordResult success(int index, String id) {
    return new RecordResult(index, id, null, null);
  }

  /** A successful upsert that {@code created} a record or updated one. */
  public static RecordResult upserted(int index, String id, boolean created) {
    return new RecordResult(index, id, created, null);
  }

  /** A failure. */
  public static RecordResult failure(int index, CrmException error) {
    if (error == null) {
      throw new IllegalArgumentException("a failure needs an error");
    }
    return new RecordResult(index, null, null, error);
  }

  /** True when the input was written. */
  public boolean isSuccess() {
    return error == null;
  }

  /**
   * True when the input's write was sent but its answer was lost ({@link OutcomeUnknownException}):
   * the vendor may have applied it.
   */
  public boolean isOutcomeUnknown() {
    return error instanceof OutcomeUnknownException;
  }
}
