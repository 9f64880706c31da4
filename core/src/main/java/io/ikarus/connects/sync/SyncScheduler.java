package io.ikarus.connects.sync;

import io.ikarus.connects.internal.sync.RunDelays;
import io.ikarus.connects.internal.sync.ScheduledRun;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SyncJob}s periodically, with any {@link SyncStateStore}. Each job runs every interval
 * (spread by a random jitter); after a failed run it waits twice as long each time, up to a cap;
 * the next run is planned only when the last one has ended, so one job never runs twice at once
 * here. Across processes the job's own lock keeps runs apart: a run that finds its job running
 * elsewhere ends with {@link SyncLockedException}, which is not counted as a failure.
 *
 * <pre>{@code
 * SyncScheduler scheduler = SyncScheduler.builder().build();
 * scheduler.schedule(job, Duration.ofMinutes(1));
 * ...
 * scheduler.close(); // no new runs; waits for the runs in progress
 * }</pre>
 *
 * <p>Thread-safe. A run in progress is never cut: runs are crash-safe, so a host that cannot wait
 * may exit and the next run repairs what the cut one left.
 */
public final class SyncScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

  private final ScheduledExecutorService timer;
  private final boolean ownTimer;
  private final Clock clock;
  private final RunDelays delays;
  private final SyncListener listener;
  private final Map<String, ScheduledRun> runs = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  private SyncScheduler(Builder b) {
    this.ownTimer = b.timer == null;
    this.timer =
        ownTimer ? Executors.newSingleThreadScheduledExecutor(SyncScheduler::thread) : b.timer;
    this.clock = b.clock;
    this.delays = new RunDelays(b.jitter, b.maxBackoff, b.random);
    this.listener = b.listener;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs {@code job} every {@code interval}, the first time after a random part of the jitter.
   *
   * @throws IllegalArgumentException when a job of that name is scheduled already, or the interval
   *     is not positive
   * @throws IllegalStateException when the scheduler was stopped
   */
  public void schedule(SyncJob job, Duration interval) {
    Objects.requireNonNull(job, "job");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(
          "interval of sync job " + job.name() + " must be positive");
    }
    if (stopped) {
      throw new IllegalStateException(
          "the scheduler is stopped; sync job " + job.name() + " was not scheduled");
    }
    ScheduledRun run = new ScheduledRun(job, interval);
    if (runs.putIfAbsent(job.name(), run) != null) {
      throw new IllegalArgumentException("sync job " + job.name() + " is scheduled already");
    }
    plan(run, delays.first(interval));
  }

  /** How the job named {@code job} is doing, or empty when it is not scheduled here. */
  public Optional<ScheduledJobStatus> status(String job) {
    return Optional.ofNullable(runs.get(job)).map(SyncScheduler::status);
  }

  /** How every scheduled job is doing. */
  public List<ScheduledJobStatus> statuses() {
    List<ScheduledJobStatus> out = new ArrayList<>();
    runs.values().forEach(r -> out.add(status(r)));
    out.sort((a, b) -> a.job().compareTo(b.job()));
    return out;
  }

  /**
   * Stops starting runs. The returned future completes when every run in progress has ended (they
   * are never cut). Calling it again returns the same kind of future.
   */
  public CompletableFuture<Void> stop() {
    stopped = true;
    List<CompletableFuture<?>> inProgress = new ArrayList<>();
    runs.values().forEach(r -> inProgress.add(r.stop()));
    CompletableFuture<Void> all =
        CompletableFuture.allOf(inProgress.toArray(CompletableFuture[]::new));
    if (ownTimer) {
      all = all.whenComplete((v, e) -> timer.shutdown());
    }
    return all;
  }

  /** {@link #stop()}s and waits for the runs in progress to end. */
  @Override
  public void close() {
    stop().join();
  }

  private void plan(ScheduledRun run, Duration delay) {
    if (stopped) {
      return;
    }
    try {
      run.planned(
          timer.schedule(() -> fire(run), delay.toNanos(), TimeUnit.NANOSECONDS),
          clock.instant().plus(delay));
    } catch (RejectedExecutionException e) {
      LOG.warn("sync job {} cannot be planned: the scheduler's timer is shut down", run.job.name());
    }
  }

  private void fire(ScheduledRun run) {
    if (stopped) {
      return;
    }
    CompletableFuture<SyncReport> result = new CompletableFuture<>();
    if (!run.started(result)) {
      return;
    }
    listener.onStart(run.job.name());
    try {
      run.job.run().whenComplete((report, error) -> ended(run, report, error, result));
    } catch (RuntimeException e) {
      ended(run, null, e, result);
    }
  }

  private void ended(
      ScheduledRun run, SyncReport report, Throwable error, CompletableFuture<SyncReport> result) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    boolean locked = cause instanceof SyncLockedException;
    run.ended(report, cause, !locked, clock.instant());
    if (report != null) {
      listener.onFinish(report);
    } else if (locked) {
      LOG.debug("sync job {} is running elsewhere; next try in one interval", run.job.name());
    } else {
      LOG.warn(
          "sync job {} failed ({} in a row): {}", run.job.name(), run.failures(), cause.toString());
    }
    result.complete(report);
    plan(run, delays.next(run.interval, run.failures()));
  }

  private static ScheduledJobStatus status(ScheduledRun r) {
    return new ScheduledJobStatus(
        r.job.name(),
        r.interval,
        r.running(),
        r.nextAt(),
        r.lastReport(),
        r.lastError(),
        r.lastFinished(),
        r.failures());
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "ikarus-sync-scheduler");
    t.setDaemon(true);
    return t;
  }

  /** Builds a {@link SyncScheduler}. Not thread-safe. */
  public static final class Builder {
    private ScheduledExecutorService timer;
    private Clock clock = Clock.systemUTC();
    private double jitter = 0.1;
    private Duration maxBackoff = Duration.ofHours(1);
    private RandomGenerator random = new Random();
    private SyncListener listener = SyncListener.NONE;

    private Builder() {}

    /**
     * The timer that plans runs (runs themselves execute on each job's executor). Default: a daemon
     * thread of the scheduler's own, shut down when it stops; a given timer is never shut down by
     * the scheduler. Tests pass a virtual-time one.
     */
    public Builder timer(ScheduledExecutorService timer) {
      this.timer = Objects.requireNonNull(timer, "timer");
      return this;
    }

    /** The clock of {@link ScheduledJobStatus} times; give the timer's clock. Default system. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far a delay may stray from its interval, as a fraction in [0, 1]: 0.1 (the default)
     * spreads each run by up to 10 % either way, and the first run by up to 10 % of an interval.
     *
     * @throws IllegalArgumentException when outside [0, 1]
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be within [0, 1], was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** The longest wait after consecutive failures. Default one hour. */
    public Builder maxBackoff(Duration maxBackoff) {
      if (maxBackoff.isNegative() || maxBackoff.isZero()) {
        throw new IllegalArgumentException("maxBackoff must be positive, was " + maxBackoff);
      }
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** The source of jitter. Default a new {@link Random}; tests pass a seeded one. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Hears {@link SyncListener#onStart} when the scheduler starts a run and {@link
     * SyncListener#onFinish} when one succeeds (progress goes to each job's own listener). Default
     * none.
     */
    public Builder listener(SyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Builds the scheduler; it plans nothing until jobs are {@link #schedule scheduled}. */
    public SyncScheduler build() {
      return new SyncScheduler(this);
    }
  }
}
