package io.ikarus.connects.sync;

import io.ikarus.connects.Checkpoint;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a {@link SyncJob} keeps what it must remember between runs: per side, the change-feed
 * checkpoint; per linked pair, a {@link SyncLink}; and the {@link PendingRecord}s to look at again.
 * Every operation names the job, so one store can serve many jobs.
 *
 * <p>Operations are small and keyed (by job and side, by id, by collections of ids), so a JDBC
 * table or a key-value store fits as well as a file. Each call must be durable when it returns and
 * atomic on its own; the engine orders its calls so that a crash between any two of them is
 * repaired by the next run. Implementations must be thread-safe. Methods throw {@link
 * SyncStateException} when the state cannot be read or written.
 */
public interface SyncStateStore {

  /** The checkpoint of {@code side}'s change feed, or empty before the first completed run. */
  Optional<Checkpoint> checkpoint(String job, SyncSide side);

  /** Stores the checkpoint of {@code side}'s change feed. */
  void saveCheckpoint(String job, SyncSide side, Checkpoint checkpoint);

  /**
   * The links of the records with {@code ids} on {@code side}.
   *
   * @return a map from each linked id to its link; unlinked ids are absent
   */
  Map<String, SyncLink> links(String job, SyncSide side, Collection<String> ids);

  /** Stores links, replacing any link that has the same source id or the same target id. */
  void saveLinks(String job, Collection<SyncLink> links);

  /** Removes links (matched by source id). */
  void removeLinks(String job, Collection<SyncLink> links);

  /** The pending records, in the order they were saved. */
  List<PendingRecord> pending(String job);

  /** Stores pending records, replacing any with the same side and id. */
  void savePending(String job, Collection<PendingRecord> records);

  /** Removes pending records (matched by side and id). */
  void removePending(String job, Collection<PendingRecord> records);

  /**
   * Takes the exclusive right to run {@code job} against this store, so that two runs of one job
   * (in this process or in another process sharing the store) never interleave. The caller closes
   * the returned lock when its run ends, however it ends.
   *
   * <p>The default returns a lock that excludes nothing; stores that can be shared must override
   * it.
   *
   * @param wait how long to wait for another runner to release the lock; {@link Duration#ZERO}
   *     fails at once
   * @throws SyncLockedException when another runner still holds the lock after {@code wait}
   * @throws SyncStateException when the lock cannot be taken for another reason
   */
  default SyncLock lock(String job, Duration wait) {
    return () -> {};
  }
}
