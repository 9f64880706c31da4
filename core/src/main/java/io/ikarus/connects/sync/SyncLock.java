package io.ikarus.connects.sync;

/**
 * The exclusive right to run one sync job against one {@link SyncStateStore}, held from {@link
 * SyncStateStore#lock} until {@link #close()}. Two runs of one job never interleave their state
 * writes while one of them holds it, whether they run in one process or in several.
 */
@FunctionalInterface
public interface SyncLock extends AutoCloseable {

  /** Releases the lock. Closing an already released lock does nothing. Never throws. */
  @Override
  void close();
}
