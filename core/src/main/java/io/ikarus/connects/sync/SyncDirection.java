package io.ikarus.connects.sync;

/** Which way a {@link SyncJob} writes. */
public enum SyncDirection {
  /** Source changes are written to the target; the source is never written. */
  PUSH,
  /**
   * Target changes are written to the source through the reverse mapping; the target is never
   * written.
   */
  PULL,
  /** Changes on either side are written to the other; conflicts go to the conflict strategy. */
  BIDIRECTIONAL
}
