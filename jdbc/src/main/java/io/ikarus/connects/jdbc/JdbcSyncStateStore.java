package io.ikarus.connects.jdbc;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.jdbc.internal.AdvisoryLocks;
import io.ikarus.connects.jdbc.internal.CheckpointTable;
import io.ikarus.connects.jdbc.internal.JobLocks;
import io.ikarus.connects.jdbc.internal.LinkTable;
import io.ikarus.connects.jdbc.internal.PendingTable;
import io.ikarus.connects.jdbc.internal.StoreSettings;
import io.ikarus.connects.jdbc.internal.Transactions;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncLock;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.sync.SyncStateException;
import io.ikarus.connects.sync.SyncStateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SyncStateStore} in a relational database, over any {@link DataSource}: PostgreSQL first,
 * and any database with standard SQL and a JDBC driver. Build it once per data source and table
 * prefix; it creates or upgrades its tables on {@link Builder#build()} from versioned scripts in
 * this jar. Every call is one transaction, so a crash leaves each change either whole or absent.
 * Reads touch only the links a run asks for (primary key and unique index lookups), and writes go
 * in JDBC batches. Thread-safe; many processes may share one database.
 *
 * <p>{@link #lock} keeps two runners of one job apart across processes: a PostgreSQL advisory lock
 * held on a dedicated connection for the run (released by the server if the process dies), or on
 * other databases a leased lock row renewed while the run lasts.
 *
 * <pre>{@code
 * SyncStateStore state = JdbcSyncStateStore.builder(dataSource).tablePrefix("crm_").build();
 * }</pre>
 */
public final class JdbcSyncStateStore implements SyncStateStore {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcSyncStateStore.class);

  private final Transactions tx;
  private final String prefix;
  private final CheckpointTable checkpoints;
  private final LinkTable links;
  private final PendingTable pending;
  private final JobLocks locks;
  private final Map<String, AdvisoryLocks.Held> held = new ConcurrentHashMap<>();

  private JdbcSyncStateStore(StoreSettings settings) {
    this.tx = settings.transactions();
    this.prefix = settings.tables().prefix();
    this.checkpoints = new CheckpointTable(settings.tables());
    this.links = new LinkTable(settings.tables(), settings.dialect());
    this.pending = new PendingTable(settings.tables(), settings.dialect());
    this.locks = settings.locks();
  }

  /** A builder over {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * A store with the default settings ({@code ikc_} tables); creates or upgrades them.
   *
   * @throws SyncStateException when the database cannot be reached or the schema upgraded
   */
  public static JdbcSyncStateStore open(DataSource dataSource) {
    return builder(dataSource).build();
  }

  @Override
  public Optional<Checkpoint> checkpoint(String job, SyncSide side) {
    return tx.inTransaction(
        "read the " + side + " checkpoint of sync job " + job, c -> checkpoints.read(c, job, side));
  }

  @Override
  public void saveCheckpoint(String job, SyncSide side, Checkpoint checkpoint) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    tx.run(
        "save the " + side + " checkpoint of sync job " + job,
        c -> {
          fence(c, job);
          checkpoints.write(c, job, side, checkpoint);
        });
  }

  @Override
  public Map<String, SyncLink> links(String job, SyncSide side, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return tx.inTransaction(
        "read " + ids.size() + " links of sync job " + job, c -> links.read(c, job, side, ids));
  }

  @Override
  public void saveLinks(String job, Collection<SyncLink> links) {
    if (!links.isEmpty()) {
      tx.run(
          "save " + links.size() + " links of sync job " + job,
          c -> {
            fence(c, job);
            this.links.write(c, job, links);
          });
      try {
        tx.run(
            "refresh the planner statistics of the link table",
            c -> this.links.maintain(c, links.size()));
      } catch (SyncStateException e) {
        LOG.warn("links saved; {}", e.getMessage());
      }
    }
  }

  @Override
  public void removeLinks(String job, Collection<SyncLink> links) {
    if (!links.isEmpty()) {
      tx.run(
          "remove " + links.size() + " links of sync job " + job,
          c -> {
            fence(c, job);
            this.links.delete(c, job, links);
          });
    }
  }

  @Override
  public List<PendingRecord> pending(String job) {
    return tx.inTransaction(
        "read the pending records of sync job " + job, c -> pending.read(c, job));
  }

  @Override
  public void savePending(String job, Collection<PendingRecord> records) {
    if (!records.isEmpty()) {
      tx.run(
          "save " + records.size() + " pending records of sync job " + job,
          c -> {
            fence(c, job);
            pending.write(c, job, records);
          });
    }
  }

  @Override
  public void removePending(String job, Collection<PendingRecord> records) {
    if (!records.isEmpty()) {
      tx.run(
          "remove " + records.size() + " pending records of sync job " + job,
          c -> {
            fence(c, job);
            pending.delete(c, job, records);
          });
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL a session advisory lock, on one connection held until {@link
   * SyncLock#close()}; elsewhere a leased lock row (see {@link Builder#lockLease}). If that
   * connection's session ends while the run goes on, the server frees the lock, and every later
   * state write of the job through this store fails with a {@link SyncStateException} until the
   * lock is closed, so the run stops where a crash would have and the next run resumes.
   */
  @Override
  public SyncLock lock(String job, Duration wait) {
    Objects.requireNonNull(wait, "wait");
    SyncLock lock = locks.acquire(job, wait);
    if (!(lock instanceof AdvisoryLocks.Held advisory)) {
      return lock;
    }
    held.put(job, advisory);
    return () -> {
      held.remove(job, advisory);
      advisory.close();
    };
  }

  /**
   * Refuses a state write of {@code job} when this store handed out its advisory lock and the
   * session holding it has ended since: another runner may hold the job by now. Checked in the
   * write's own transaction, so at most a write already past this check interleaves.
   */
  private void fence(Connection c, String job) throws SQLException {
    AdvisoryLocks.Held lock = held.get(job);
    if (lock != null && !AdvisoryLocks.stillHeld(c, lock)) {
      throw new SyncStateException(
          "the lock of sync job "
              + job
              + " was lost (its database session ended while the run went on); no state is"
              + " written so that two runners never interleave; the next run resumes",
          null);
    }
  }

  @Override
  public String toString() {
    return "JdbcSyncStateStore{" + prefix + "*}";
  }

  /** Builds a {@link JdbcSyncStateStore}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private String tablePrefix = "ikc_";
    private boolean lockRows;
    private Duration lockLease = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The prefix of the store's table names. Default {@code ikc_}: tables {@code
     * ikc_sync_checkpoint}, {@code ikc_sync_link}, {@code ikc_sync_pending}, {@code ikc_sync_lock},
     * {@code ikc_refresh_token} and {@code ikc_schema_version}.
     *
     * @throws IllegalArgumentException when it is not a letter or _ followed by up to 29 letters,
     *     digits or _
     */
    public Builder tablePrefix(String tablePrefix) {
      this.tablePrefix = new io.ikarus.connects.jdbc.internal.Tables(tablePrefix).prefix();
      return this;
    }

    /**
     * When true, job locks are lock rows even on PostgreSQL (for connection poolers in transaction
     * mode, which break session advisory locks). Default false: advisory locks on PostgreSQL, lock
     * rows elsewhere.
     */
    public Builder lockRows(boolean lockRows) {
      this.lockRows = lockRows;
      return this;
    }

    /**
     * How long a lock row stays taken without renewal; a running job renews it every third of that,
     * and a crashed runner's job is free after at most that long. Default 60 seconds.
     */
    public Builder lockLease(Duration lockLease) {
      if (lockLease.isNegative() || lockLease.isZero()) {
        throw new IllegalArgumentException("lockLease must be positive, was " + lockLease);
      }
      this.lockLease = lockLease;
      return this;
    }

    /** The clock of lock row leases. Default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Connects, creates or upgrades the tables, and builds the store.
     *
     * @throws SyncStateException when the database cannot be reached, or holds a newer schema
     */
    public JdbcSyncStateStore build() {
      return new JdbcSyncStateStore(
          StoreSettings.open(dataSource, tablePrefix, lockRows, lockLease, clock));
    }
  }
}
