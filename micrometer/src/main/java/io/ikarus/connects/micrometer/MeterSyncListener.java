package io.ikarus.connects.micrometer;

import io.ikarus.connects.sync.Conflict;
import io.ikarus.connects.sync.SyncFailure;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Turns one job's sync events into meters. A job never runs twice at once, so the job name and
 * start time of the current run are plain volatile fields; events may arrive on any thread.
 */
final class MeterSyncListener implements SyncListener {

  private final MeterRegistry registry;
  private volatile String job = "unknown";
  private volatile long startedAt;

  MeterSyncListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onStart(String job) {
    this.job = job;
    this.startedAt = System.nanoTime();
  }

  @Override
  public void onConflict(Conflict conflict, boolean resolved) {
    registry
        .counter(ConnectsMetrics.SYNC_CONFLICTS, "job", job, "resolved", String.valueOf(resolved))
        .increment();
  }

  @Override
  public void onFailure(SyncFailure failure) {
    registry
        .counter(ConnectsMetrics.SYNC_FAILURES, "job", job, "side", failure.side().name())
        .increment();
  }

  @Override
  public void onFinish(SyncReport report) {
    Timer.builder(ConnectsMetrics.SYNC_RUNS)
        .description("Sync runs, from start to finish")
        .tag("job", report.job())
        .tag("outcome", report.failures().isEmpty() ? "success" : "partial")
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - startedAt));
    count(report.job(), "SOURCE", report.source());
    count(report.job(), "TARGET", report.target());
  }

  private void count(String job, String side, SyncReport.Counts counts) {
    increment(job, side, "created", counts.created());
    increment(job, side, "updated", counts.updated());
    increment(job, side, "deleted", counts.deleted());
  }

  private void increment(String job, String side, String action, int amount) {
    registry
        .counter(ConnectsMetrics.SYNC_RECORDS, "job", job, "side", side, "action", action)
        .increment(amount);
  }
}
