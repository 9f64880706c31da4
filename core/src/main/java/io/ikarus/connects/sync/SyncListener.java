package io.ikarus.connects.sync;

/**
 * Receives a {@link SyncJob} run's progress, for progress bars and logs. Called on the run's
 * thread; keep it quick. Every method does nothing unless overridden.
 */
public interface SyncListener {

  /** Ignores everything. */
  SyncListener NONE = new SyncListener() {};

  /** A run of {@code job} started. */
  default void onStart(String job) {}

  /**
   * {@code side}'s changes were read: {@code upserts} changed records, {@code deletions} ids.
   * Called for both sides when the first window is read, then for each further window of the side a
   * run reads in windows (see {@link SyncJob.Builder#window(int)}).
   */
  default void onChangesRead(SyncSide side, int upserts, int deletions) {}

  /** {@code done} of {@code total} planned record writes have been answered. */
  default void onProgress(int done, int total) {}

  /**
   * A conflict was met; {@code resolved} is false when it was left for a person. Called by the
   * default {@link #onConflict(Conflict, ConflictResolution)}.
   */
  default void onConflict(Conflict conflict, boolean resolved) {}

  /**
   * A conflict was met and the job's strategy decided {@code resolution}: the values both sides are
   * written to, or {@link ConflictResolution#isManual() manual}. The default calls {@link
   * #onConflict(Conflict, boolean)}.
   */
  default void onConflict(Conflict conflict, ConflictResolution resolution) {
    onConflict(conflict, !resolution.isManual());
  }

  /**
   * A write to {@code side}'s record {@code id} was not made because the record changed there
   * during the run (a conditional update was refused); it is read and decided again next run.
   */
  default void onDeferred(SyncSide side, String id) {}

  /** A record failed. */
  default void onFailure(SyncFailure failure) {}

  /** The run finished (not called when it failed as a whole). */
  default void onFinish(SyncReport report) {}
}
