package io.ikarus.connects.sync;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.internal.sync.JobLocks;
import io.ikarus.connects.internal.sync.StateModel;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SyncStateStore} in memory: for tests, and for jobs that may start from scratch after a
 * restart (a fresh store makes the next run a first run, which relinks records by {@code matchOn}).
 * Thread-safe.
 */
public final class InMemorySyncStateStore implements SyncStateStore {

  private final StateModel model = new StateModel();
  private final JobLocks jobs = new JobLocks("an in-memory state store");

  /** Creates an empty store. */
  public InMemorySyncStateStore() {}

  @Override
  public Optional<Checkpoint> checkpoint(String job, SyncSide side) {
    return model.checkpoint(job, side);
  }

  @Override
  public void saveCheckpoint(String job, SyncSide side, Checkpoint checkpoint) {
    model.saveCheckpoint(job, side, checkpoint);
  }

  @Override
  public Map<String, SyncLink> links(String job, SyncSide side, Collection<String> ids) {
    return model.links(job, side, ids);
  }

  @Override
  public void saveLinks(String job, Collection<SyncLink> links) {
    model.saveLinks(job, links);
  }

  @Override
  public void removeLinks(String job, Collection<SyncLink> links) {
    model.removeLinks(job, links);
  }

  @Override
  public List<PendingRecord> pending(String job) {
    return model.pending(job);
  }

  @Override
  public void savePending(String job, Collection<PendingRecord> records) {
    model.savePending(job, records);
  }

  @Override
  public void removePending(String job, Collection<PendingRecord> records) {
    model.removePending(job, records);
  }

  /** Excludes other runs of {@code job} against this store (in this process: it is in memory). */
  @Override
  public SyncLock lock(String job, Duration wait) {
    return jobs.lock(job, wait);
  }
}
