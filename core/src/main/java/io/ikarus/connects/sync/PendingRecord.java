package io.ikarus.connects.sync;

import java.util.Objects;

/**
 * A record that the next run must look at again, whatever the change feeds say: a record whose
 * write failed, whose conflict awaits a manual decision, or that is about to be created on the
 * other side.
 *
 * @param side the side the record is on
 * @param id the record's id
 * @param intentHash for a create intent, the hash of the mapped fields being created on the other
 *     side, so that a rerun after a crash finds the record it may already have created instead of
 *     creating a second one; null for a plain retry
 */
public record PendingRecord(SyncSide side, String id, String intentHash) {

  /** Validates. */
  public PendingRecord {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(id, "id");
  }

  /** A plain retry of the record. */
  public static PendingRecord retry(SyncSide side, String id) {
    return new PendingRecord(side, id, null);
  }

  /** True for a create intent. */
  public boolean isIntent() {
    return intentHash != null;
  }
}
