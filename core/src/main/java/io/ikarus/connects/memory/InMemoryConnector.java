package io.ikarus.connects.memory;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.internal.memory.CallRunner;
import io.ikarus.connects.internal.memory.MemoryDatabase;
import io.ikarus.connects.internal.memory.MemoryOperations;
import io.ikarus.connects.spi.Async;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A complete {@link CrmConnector} held in memory, for tests and demos: CRUD, upsert by key, batches
 * split into a configurable maximum size, portable query evaluation with paging, {@link #stream},
 * {@link #changesSince} with deletions, and {@link #describe} from declared schemas.
 *
 * <p>Tests observe it through its {@linkplain #journal() journal} of calls (operation, object,
 * records per call) and steer it with a {@link RecordValidator} and a {@link FaultHook}.
 * Checkpoints are positions in one write sequence, not times, so writes in the same millisecond are
 * never missed. Operations complete before they return (their futures are already done).
 * Thread-safe: each write is atomic.
 *
 * <pre>{@code
 * InMemoryConnector crm = InMemoryConnector.builder().name("crm").maxBatchSize(2).build();
 * crm.createAll("Contact", List.of(Map.of("Email", "a@x.com"), Map.of("Email", "b@x.com"),
 *     Map.of("Email", "c@x.com"))).join();
 * assert crm.journal().size() == 2;   // two chunks
 * }</pre>
 */
public final class InMemoryConnector implements CrmConnector {

  private final String name;
  private final Capabilities capabilities;
  private final MemoryDatabase database;
  private final CallRunner runner;
  private final MemoryOperations ops;

  private InMemoryConnector(Builder b) {
    this.name = b.name;
    this.capabilities =
        Capabilities.builder()
            .maxBatchSize(b.maxBatchSize)
            .maxPageSize(b.maxPageSize)
            .nativeUpsert(true)
            .trackedDeletes(true)
            .build();
    this.database = new MemoryDatabase(b.clock, b.idPrefix == null ? b.name + "-" : b.idPrefix);
    this.runner = new CallRunner(b.name, b.maxBatchSize, b.faults);
    this.ops =
        new MemoryOperations(
            b.name, database, b.schemas, b.objects, b.validator, runner, b.maxPageSize);
  }

  /** A builder with the defaults: name {@code memory}, batches of 200, pages of 1000. */
  public static Builder builder() {
    return new Builder();
  }

  /** The calls made so far (since the last {@link #clearJournal()}), oldest first. */
  public List<Call> journal() {
    return runner.journal().calls();
  }

  /** The write calls made so far (since the last {@link #clearJournal()}), oldest first. */
  public List<Call> writes() {
    return journal().stream().filter(Call::isWrite).toList();
  }

  /** Forgets the journal so far. */
  public void clearJournal() {
    runner.journal().clear();
  }

  /** Replaces the fault hook; {@link FaultHook#NONE} removes faults. */
  public void faults(FaultHook faults) {
    runner.faults(faults);
  }

  /** Every record of {@code object}, in creation order, without journaling a call. */
  public List<CrmRecord> records(String object) {
    return database.select(object, r -> true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  public CompletableFuture<Void> authenticate() {
    return runner.call("authenticate", "", 0, c -> null);
  }

  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    return runner.call("create", object, 1, c -> ops.insert(c, fields));
  }

  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    return runner.call("get", object, 0, c -> ops.existing(c, id));
  }

  /** Reads the records in one call; ids without a record are absent. */
  @Override
  public CompletableFuture<Map<String, CrmRecord>> getAll(String object, List<String> ids) {
    Objects.requireNonNull(ids, "ids");
    return runner.call("getAll", object, 0, c -> ops.found(c, ids));
  }

  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    return runner.call("update", object, 1, c -> ops.merge(c, id, fields));
  }

  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    return runner.call("delete", object, 1, c -> voidOf(ops.remove(c, id)));
  }

  @Override
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    return runner.call("upsert", object, 1, c -> ops.upsert(c, keyField, fields).record());
  }

  @Override
  public CompletableFuture<BatchResult> createAll(
      String object, List<Map<String, Object>> records) {
    return runner.batch("createAll", object, records, (c, f) -> ops.insert(c, f).id());
  }

  @Override
  public CompletableFuture<BatchResult> updateAll(String object, List<CrmRecord> records) {
    return runner.batch(
        "updateAll", object, records, (c, r) -> ops.merge(c, r.id(), r.fields()).id());
  }

  @Override
  public CompletableFuture<BatchResult> upsertAll(
      String object, String keyField, List<Map<String, Object>> records) {
    return runner.batch(
        "upsertAll", object, records, (c, f) -> ops.upsert(c, keyField, f).record().id());
  }

  @Override
  public CompletableFuture<BatchResult> deleteAll(String object, List<String> ids) {
    return runner.batch("deleteAll", object, ids, ops::remove);
  }

  @Override
  public CompletableFuture<Page> query(Query query) {
    Objects.requireNonNull(query, "query");
    return runner.call("query", query.object(), 0, c -> ops.firstPage(query));
  }

  /** Streams the query's records, fetching each page only when the subscriber has demand. */
  @Override
  public Flow.Publisher<CrmRecord> stream(Query query) {
    Objects.requireNonNull(query, "query");
    return Async.publisher(() -> query(query));
  }

  /**
   * Returns each changed record's latest state and each deleted id since {@code checkpoint}, at
   * most one page (the maximum page size) at a time; the checkpoint is a write sequence number.
   */
  @Override
  public CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    return runner.call("changesSince", object, 0, c -> ops.changes(c, checkpoint));
  }

  /** Returns the declared schema; fails with {@code NotFoundException} when none was declared. */
  @Override
  public CompletableFuture<ObjectSchema> describe(String object) {
    return runner.call("describe", object, 0, ops::schema);
  }

  /** Marks the connector closed: later calls fail with a {@code ConnectionException}. */
  @Override
  public void close() {
    runner.close();
  }

  @Override
  public String toString() {
    return "InMemoryConnector{name=" + name + '}';
  }

  private static Void voidOf(String deletedId) {
    return null;
  }

  /**
   * Builds an {@link InMemoryConnector}. Not thread-safe.
   *
   * <p>Defaults: name {@code memory}, ids prefixed with the name and a dash, UTC system clock,
   * batches of 200, pages (and change reads) of 1000, no schemas, every record accepted, no faults.
   */
  public static final class Builder {
    private String name = "memory";
    private String idPrefix;
    private Clock clock = Clock.systemUTC();
    private int maxBatchSize = 200;
    private int maxPageSize = 1000;
    private final Map<String, ObjectSchema> schemas = new HashMap<>();
    private final Set<String> objects = new HashSet<>();
    private RecordValidator validator = RecordValidator.ACCEPT_ALL;
    private FaultHook faults = FaultHook.NONE;

    private Builder() {}

    /** The connector's name, as reported by {@link #name()} and in errors. */
    public Builder name(String name) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /** The prefix of generated ids; default the name and a dash ({@code memory-1}). */
    public Builder idPrefix(String idPrefix) {
      this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
      return this;
    }

    /** The clock stamping {@link CrmRecord#modifiedAt()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The most records one batch call carries; larger batches are split. Default 200. */
    public Builder maxBatchSize(int maxBatchSize) {
      this.maxBatchSize = positive(maxBatchSize, "maxBatchSize");
      return this;
    }

    /** The largest query page and change read. Default 1000. */
    public Builder maxPageSize(int maxPageSize) {
      this.maxPageSize = positive(maxPageSize, "maxPageSize");
      return this;
    }

    /**
     * Declares an object's schema: {@link #describe} returns it, writes naming undeclared fields
     * fail, and creates must give its required fields.
     */
    public Builder schema(ObjectSchema schema) {
      schemas.put(schema.name(), schema);
      return this;
    }

    /**
     * Limits the connector to these objects (and those with a {@link #schema declared schema}): a
     * call on any other fails with a {@link io.ikarus.connects.error.NotFoundException} naming it,
     * as a vendor CRM answers. By default every object name is accepted and created on first write.
     */
    public Builder objects(String... names) {
      for (String n : names) {
        objects.add(Objects.requireNonNull(n, "object name"));
      }
      return this;
    }

    /** Decides which records are refused; default accepts all. */
    public Builder validator(RecordValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** The initial fault hook; default {@link FaultHook#NONE}. */
    public Builder faults(FaultHook faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** Builds an empty connector. */
    public InMemoryConnector build() {
      return new InMemoryConnector(this);
    }

    private static int positive(int value, String what) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be positive: " + value);
      }
      return value;
    }
  }
}
