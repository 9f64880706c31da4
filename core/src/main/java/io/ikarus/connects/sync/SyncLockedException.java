package io.ikarus.connects.sync;

/**
 * Another runner holds the lock of a sync job (in this process or another), so this run did not
 * start. Nothing was read or written; run again when the other run has finished.
 */
public class SyncLockedException extends SyncStateException {

  private static final long serialVersionUID = 1L;

  private final String job;

  /**
   * Creates one.
   *
   * @param job the job whose lock is held
   * @param message what holds it, without secrets
   */
  public SyncLockedException(String job, String message) {
    super(message, null);
    this.job = job;
  }

  /** The job whose lock is held. */
  public String job() {
    return job;
  }
}
