package io.ikarus.connects.sync;

import io.ikarus.connects.Checkpoint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Delegates to a store and simulates a process crash at its Nth state change, before or after it.
 */
final class CrashingStateStore implements SyncStateStore {

  /** Stands for the process dying: nothing after it runs. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(String where) {
      super("simulated crash " + where);
    }
  }

  private final SyncStateStore delegate;
  private final int crashAt;
  private final boolean afterChange;
  private int changes;

  CrashingStateStore(SyncStateStore delegate, int crashAt, boolean afterChange) {
    this.delegate = delegate;
    this.crashAt = crashAt;
    this.afterChange = afterChange;
  }

  private void change(String what, Runnable op) {
    changes++;
    if (changes == crashAt && !afterChange) {
      throw new Crash("before " + what);
    }
    op.run();
    if (changes == crashAt) {
      throw new Crash("after " + what);
    }
  }

  @Override
  public Optional<Checkpoint> checkpoint(String job, SyncSide side) {
    return delegate.checkpoint(job, side);
  }

  @Override
  public void saveCheckpoint(String job, SyncSide side, Checkpoint checkpoint) {
    change("saveCheckpoint " + side, () -> delegate.saveCheckpoint(job, side, checkpoint));
  }

  @Override
  public Map<String, SyncLink> links(String job, SyncSide side, Collection<String> ids) {
    return delegate.links(job, side, ids);
  }

  @Override
  public void saveLinks(String job, Collection<SyncLink> links) {
    change("saveLinks", () -> delegate.saveLinks(job, links));
  }

  @Override
  public void removeLinks(String job, Collection<SyncLink> links) {
    change("removeLinks", () -> delegate.removeLinks(job, links));
  }

  @Override
  public List<PendingRecord> pending(String job) {
    return delegate.pending(job);
  }

  @Override
  public void savePending(String job, Collection<PendingRecord> records) {
    change("savePending", () -> delegate.savePending(job, records));
  }

  @Override
  public void removePending(String job, Collection<PendingRecord> records) {
    change("removePending", () -> delegate.removePending(job, records));
  }
}
