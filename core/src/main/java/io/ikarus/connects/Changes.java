package io.ikarus.connects;

import java.util.List;
import java.util.Objects;

/**
 * Records created or updated, and ids deleted, since a checkpoint.
 *
 * @param upserts records created or updated, each at its latest state
 * @param deletedIds ids of records deleted
 * @param checkpoint where to continue from next time
 * @param hasMore true when more changes wait: call {@code changesSince} again with {@code
 *     checkpoint} at once
 */
public record Changes(
    List<CrmRecord> upserts, List<String> deletedIds, Checkpoint checkpoint, boolean hasMore) {

  /** Validates and copies. */
  public Changes {
    upserts = List.copyOf(upserts);
    deletedIds = List.copyOf(deletedIds);
    Objects.requireNonNull(checkpoint, "checkpoint");
  }

  /** True when nothing changed. */
  public boolean isEmpty() {
    return upserts.isEmpty() && deletedIds.isEmpty();
  }
}
