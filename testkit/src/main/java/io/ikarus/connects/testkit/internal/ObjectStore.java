package io.ikarus.connects.testkit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records of one fake, per object type, with server-assigned ids, modification stamps from an
 * injectable clock at the vendor's precision, a store-wide version on every write, tombstones for
 * deletes, and undo for all-or-none batches.
 *
 * <p>Not thread-safe on its own: used under the {@link FakeHttpServer} lock.
 */
public final class ObjectStore {

  private final Map<String, Extent> extents = new LinkedHashMap<>();
  private final Clock clock;
  private final IdSource ids;
  private final ChronoUnit precision;
  private final boolean monotonic;
  private Instant lastStamp = Instant.MIN;
  private Deque<Runnable> undo;
  private long version;

  /** Creates an empty store stamping in whole seconds. */
  public ObjectStore(Clock clock, IdSource ids) {
    this(clock, ids, ChronoUnit.SECONDS, false);
  }

  /**
   * Creates an empty store stamping at {@code precision}; a {@code monotonic} store never stamps
   * earlier than its latest stamp, even when the clock goes back (HubSpot's stamps).
   */
  public ObjectStore(Clock clock, IdSource ids, ChronoUnit precision, boolean monotonic) {
    this.clock = clock;
    this.ids = ids;
    this.precision = precision;
    this.monotonic = monotonic;
  }

  /** Declares an object type; {@code indexedFields} get a case-insensitive value index. */
  public Extent define(String type, Set<String> indexedFields) {
    Extent extent = new Extent(this, type, indexedFields, ids);
    extents.put(key(type), extent);
    return extent;
  }

  /** The extent of {@code type} (case-insensitive), if declared. */
  public Optional<Extent> extent(String type) {
    return Optional.ofNullable(extents.get(key(type)));
  }

  /**
   * The current time at the store's precision, for stamps: Salesforce's {@code SystemModstamp} and
   * Dataverse's {@code modifiedon} have whole-second precision, so two writes in one second share a
   * stamp.
   */
  public Instant now() {
    Instant now = clock.instant().truncatedTo(precision);
    if (monotonic) {
      lastStamp = now.isAfter(lastStamp) ? now : lastStamp;
      return lastStamp;
    }
    return now;
  }

  /** The version of the latest write (0 before any). */
  public long version() {
    return version;
  }

  long nextVersion() {
    return ++version;
  }

  /** Starts recording undo actions; nested calls are not supported. */
  public void begin() {
    if (undo != null) {
      throw new IllegalStateException("a transaction is already open");
    }
    undo = new ArrayDeque<>();
  }

  /** Keeps every change since {@link #begin()}. */
  public void commit() {
    undo = null;
  }

  /** Reverts every change since {@link #begin()}, newest first. */
  public void rollback() {
    Deque<Runnable> actions = undo;
    undo = null;
    while (actions != null && !actions.isEmpty()) {
      actions.pop().run();
    }
  }

  void onUndo(Runnable action) {
    if (undo != null) {
      undo.push(action);
    }
  }

  private static String key(String type) {
    return type.toLowerCase(Locale.ROOT);
  }
}
