package io.ikarus.connects.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a job in a {@link SyncScheduler} is doing.
 *
 * @param job the job's name
 * @param interval how often it runs when all is well
 * @param running true while a run is in progress
 * @param nextRun when it runs next; null while it runs and after the scheduler stopped
 * @param lastReport the report of its last successful run; null before one
 * @param lastError what ended its last run when that run failed or found the job running elsewhere
 *     ({@link SyncLockedException}); null when the last run succeeded
 * @param lastFinished when its last run ended; null before one
 * @param consecutiveFailures failed runs since the last success (runs that found the job running
 *     elsewhere do not count); each doubles the wait, up to the scheduler's maximum backoff
 */
public record ScheduledJobStatus(
    String job,
    Duration interval,
    boolean running,
    Instant nextRun,
    SyncReport lastReport,
    Throwable lastError,
    Instant lastFinished,
    int consecutiveFailures) {

  /** The last successful report, if any. */
  public Optional<SyncReport> report() {
    return Optional.ofNullable(lastReport);
  }
}
