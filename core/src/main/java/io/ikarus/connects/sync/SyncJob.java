package io.ikarus.connects.sync;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.internal.sync.SyncRun;
import io.ikarus.connects.internal.sync.SyncSettings;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.MappingException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps records of two CRM objects in step: reads each side's changes since the last run, maps
 * them, links records that are the same entity, resolves conflicts, and writes through the
 * connectors' batch methods.
 *
 * <pre>{@code
 * SyncJob job = SyncJob.builder()
 *     .source(hubspot, "contacts")
 *     .target(salesforce, "Contact")
 *     .mapping(mapping)
 *     .direction(SyncDirection.BIDIRECTIONAL)
 *     .conflictStrategy(ConflictStrategies.newestWins(Duration.ofSeconds(5)))
 *     .matchOn("email", "Email")
 *     .stateStore(FileSyncStateStore.open(Path.of("contacts-sync.json")))
 *     .build();
 * SyncReport report = job.run().join();
 * }</pre>
 *
 * <p>Guarantees: a change the job wrote is not read back as a new change (no echo); a record that
 * failed is retried on every run until it succeeds; a crash at any point followed by another run
 * creates no duplicate and loses no change, as long as the state store keeps what it was given. On
 * the first run, records with equal {@code matchOn} values (ignoring case, white space, and phone
 * punctuation) are linked instead of copied.
 *
 * <p>Memory: a run works in {@linkplain Builder#window(int) windows} of one side's changes, reading
 * the next window while it writes this one, and holds whole only the changes of the side with fewer
 * of them (on a first run into an empty target, none).
 *
 * <p>Thread-safe; one run at a time per job, enforced through the state store's job lock: a second
 * concurrent {@link #run()} of this object, or of another job object with the same name and store
 * (in this process, or in another for a shared store such as {@link FileSyncStateStore}), fails
 * with {@link SyncLockedException} unless {@link Builder#lockWait} lets it wait.
 */
public final class SyncJob {

  /** The default {@link Builder#window(int)}: changes of one side a run works on at a time. */
  public static final int DEFAULT_WINDOW = 5_000;

  private final SyncSettings settings;
  private final Executor executor;
  private final Duration lockWait;
  private final AtomicBoolean running = new AtomicBoolean();

  private SyncJob(SyncSettings settings, Executor executor, Duration lockWait) {
    this.settings = settings;
    this.executor = executor;
    this.lockWait = lockWait;
  }

  /** A builder; source, target and mapping are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The job's name, under which its state is stored. */
  public String name() {
    return settings.job();
  }

  /**
   * Runs the job once on its executor. The run first takes the job's lock in the state store
   * ({@link SyncStateStore#lock}) and releases it when it ends, however it ends; by default it does
   * not wait for the lock ({@link Builder#lockWait}).
   *
   * @return the report; completes exceptionally with {@link SyncLockedException} when this job
   *     object or another runner of the same job and store is running, with the {@link
   *     io.ikarus.connects.error.CrmException} that stopped a change feed from being read, or a
   *     {@link SyncStateException}. Record failures do not fail the run: they are in the report.
   *     The job counts as finished before the future completes, so a dependent stage may run it
   *     again.
   */
  public CompletableFuture<SyncReport> run() {
    if (!running.compareAndSet(false, true)) {
      return CompletableFuture.failedFuture(
          new SyncLockedException(name(), "sync job " + name() + " is already running"));
    }
    CompletableFuture<SyncReport> result = new CompletableFuture<>();
    try {
      executor.execute(() -> finish(result));
    } catch (RuntimeException e) {
      running.set(false);
      result.completeExceptionally(e);
    }
    return result;
  }

  private void finish(CompletableFuture<SyncReport> result) {
    SyncReport report = null;
    Throwable failure = null;
    try (SyncLock lock = settings.store().lock(name(), lockWait)) {
      report = new SyncRun(settings).execute();
    } catch (Throwable t) {
      failure = t;
    }
    running.set(false);
    if (failure == null) {
      result.complete(report);
    } else {
      result.completeExceptionally(failure);
    }
  }

  @Override
  public String toString() {
    return "SyncJob{" + name() + ", " + settings.direction() + '}';
  }

  /** Builds a {@link SyncJob}. Not thread-safe. */
  public static final class Builder {
    private CrmConnector source;
    private String sourceObject;
    private CrmConnector target;
    private String targetObject;
    private FieldMapping mapping;
    private SyncDirection direction = SyncDirection.PUSH;
    private ConflictStrategy strategy = ConflictStrategies.sourceWins();
    private String matchSource;
    private String matchTarget;
    private SyncStateStore store;
    private DeletionPolicy deletion = DeletionPolicy.propagate();
    private boolean dryRun;
    private SyncListener listener = SyncListener.NONE;
    private String name;
    private Executor executor;
    private Duration lockWait = Duration.ZERO;
    private int window = DEFAULT_WINDOW;

    private Builder() {}

    /** The source connector and object type (the side the mapping reads). */
    public Builder source(CrmConnector connector, String object) {
      this.source = Objects.requireNonNull(connector, "connector");
      this.sourceObject = Objects.requireNonNull(object, "object");
      return this;
    }

    /** The target connector and object type (the side the mapping writes). */
    public Builder target(CrmConnector connector, String object) {
      this.target = Objects.requireNonNull(connector, "connector");
      this.targetObject = Objects.requireNonNull(object, "object");
      return this;
    }

    /** The mapping from source fields to target fields. */
    public Builder mapping(FieldMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /** Which way to write. Default {@link SyncDirection#PUSH}. */
    public Builder direction(SyncDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /** How conflicts are decided. Default {@link ConflictStrategies#sourceWins()}. */
    public Builder conflictStrategy(ConflictStrategy strategy) {
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /** Links unlinked records whose values of these fields match (a source path may be dotted). */
    public Builder matchOn(String sourceField, String targetField) {
      this.matchSource = Objects.requireNonNull(sourceField, "sourceField");
      this.matchTarget = Objects.requireNonNull(targetField, "targetField");
      return this;
    }

    /** Where state lives between runs. Default: a new {@link InMemorySyncStateStore}. */
    public Builder stateStore(SyncStateStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** What a deletion does to the other side. Default {@link DeletionPolicy#propagate()}. */
    public Builder deletionPolicy(DeletionPolicy deletion) {
      this.deletion = Objects.requireNonNull(deletion, "deletion");
      return this;
    }

    /** When true, runs compute their report but write nothing, not even state. Default false. */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Receives progress events. Default none. */
    public Builder listener(SyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The name the state is stored under. Default {@code <source name>:<source object>-><target
     * name>:<target object>}.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Where runs execute (they block on I/O). Default: a new daemon thread per run. */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * About how many changes of one side a run reads, decides and writes at a time: its memory is
     * bounded by this window (and by the changes of the side with fewer changes, which a run holds
     * whole), not by the number of changes. A window ends after the feed page that fills it.
     * Default {@value #DEFAULT_WINDOW}.
     *
     * @throws IllegalArgumentException when {@code changes} is less than 1
     */
    public Builder window(int changes) {
      if (changes < 1) {
        throw new IllegalArgumentException("window must be at least 1 change: " + changes);
      }
      this.window = changes;
      return this;
    }

    /**
     * How long a run waits for another runner of the same job to release the state store's lock
     * before failing with {@link SyncLockedException}. Default {@link Duration#ZERO}: fail at once.
     */
    public Builder lockWait(Duration wait) {
      if (Objects.requireNonNull(wait, "wait").isNegative()) {
        throw new IllegalArgumentException("lockWait must not be negative: " + wait);
      }
      this.lockWait = wait;
      return this;
    }

    /**
     * Builds the job.
     *
     * @throws IllegalStateException when source, target or mapping is missing
     * @throws MappingException when the direction writes to the source and the mapping has no
     *     reverse (given or derivable)
     */
    public SyncJob build() {
      if (source == null || target == null || mapping == null) {
        throw new IllegalStateException("a sync job needs source, target and mapping");
      }
      FieldMapping reverse = reverse();
      String job =
          name != null
              ? name
              : source.name() + ":" + sourceObject + "->" + target.name() + ":" + targetObject;
      SyncSettings settings =
          new SyncSettings(
              job,
              source,
              sourceObject,
              target,
              targetObject,
              mapping,
              reverse,
              direction,
              strategy,
              matchSource,
              matchTarget,
              deletion,
              store == null ? new InMemorySyncStateStore() : store,
              dryRun,
              listener,
              window);
      return new SyncJob(settings, executor == null ? Builder::newThread : executor, lockWait);
    }

    private FieldMapping reverse() {
      if (direction != SyncDirection.PUSH) {
        try {
          return mapping.reverse();
        } catch (MappingException e) {
          throw new MappingException(
              null,
              direction
                  + " sync writes to the source, so it needs a reverse mapping: "
                  + e.getMessage());
        }
      }
      return mapping.isReversible() ? mapping.reverse() : null;
    }

    private static void newThread(Runnable run) {
      Thread t = new Thread(run, "ikarus-sync");
      t.setDaemon(true);
      t.start();
    }
  }
}
