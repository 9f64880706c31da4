package io.ikarus.connects.sync;

/** One of the two sides of a {@link SyncJob}. */
public enum SyncSide {
  /** The side given with {@code SyncJob.Builder.source}, whose fields the mapping reads. */
  SOURCE,
  /** The side given with {@code SyncJob.Builder.target}, whose fields the mapping writes. */
  TARGET;

  /** The other side. */
  public SyncSide other() {
    return this == SOURCE ? TARGET : SOURCE;
  }
}
