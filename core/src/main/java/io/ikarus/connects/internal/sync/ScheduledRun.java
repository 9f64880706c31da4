package io.ikarus.connects.internal.sync;

import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** One job's place in a scheduler: its run in progress, its next run, and how its runs went. */
public final class ScheduledRun {

  /** The job. */
  public final SyncJob job;

  /** Its interval. */
  public final Duration interval;

  private CompletableFuture<SyncReport> current;
  private ScheduledFuture<?> next;
  private Instant nextAt;
  private SyncReport lastReport;
  private Throwable lastError;
  private Instant lastFinished;
  private int failures;

  /** A job not yet scheduled. */
  public ScheduledRun(SyncJob job, Duration interval) {
    this.job = job;
    this.interval = interval;
  }

  /** Notes the next run. */
  public synchronized void planned(ScheduledFuture<?> future, Instant at) {
    next = future;
    nextAt = at;
  }

  /** Notes a run that started; false when one is still in progress. */
  public synchronized boolean started(CompletableFuture<SyncReport> run) {
    if (current != null && !current.isDone()) {
      return false;
    }
    current = run;
    nextAt = null;
    return true;
  }

  /** Notes how a run ended; {@code counts} is false for a run that did not start (locked). */
  public synchronized void ended(SyncReport report, Throwable error, boolean counts, Instant at) {
    lastFinished = at;
    lastError = error;
    if (report != null) {
      lastReport = report;
      failures = 0;
    } else if (counts) {
      failures++;
    }
  }

  /** Cancels the next run; the run in progress, or a done future. */
  public synchronized CompletableFuture<?> stop() {
    if (next != null) {
      next.cancel(false);
    }
    nextAt = null;
    return current == null ? CompletableFuture.completedFuture(null) : current.handle((r, e) -> r);
  }

  /** Consecutive failed runs. */
  public synchronized int failures() {
    return failures;
  }

  /** True while a run is in progress. */
  public synchronized boolean running() {
    return current != null && !current.isDone();
  }

  /** The next planned run, or null. */
  public synchronized Instant nextAt() {
    return nextAt;
  }

  /** The last successful report, or null. */
  public synchronized SyncReport lastReport() {
    return lastReport;
  }

  /** What ended the last run, or null when it succeeded. */
  public synchronized Throwable lastError() {
    return lastError;
  }

  /** When the last run ended, or null. */
  public synchronized Instant lastFinished() {
    return lastFinished;
  }
}
