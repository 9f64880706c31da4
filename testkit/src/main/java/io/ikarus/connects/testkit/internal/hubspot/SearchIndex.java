package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * HubSpot's search index, which shows each write {@code lag} after it was made (search is
 * eventually consistent): snapshots of each record by time of writing, oldest first. Guarded by the
 * {@link Records}' lock.
 */
final class SearchIndex {

  private final Clock clock;
  private final Map<String, Deque<Write>> writes = new HashMap<>();
  private Duration lag = Duration.ZERO;

  SearchIndex(Clock clock) {
    this.clock = clock;
  }

  void lag(Duration newLag) {
    this.lag = newLag;
  }

  /** Remembers the record as it is now, for the lagging index; nothing while the index keeps up. */
  void written(StoredRecord record) {
    if (!lag.isZero()) {
      writes
          .computeIfAbsent(record.id(), k -> new ArrayDeque<>())
          .addLast(new Write(record.snapshot(), clock.instant()));
    }
  }

  /** Makes the index show the latest write of record {@code id} {@code extra} later. */
  void later(String id, Duration extra) {
    Deque<Write> d = writes.get(id);
    if (d != null && !d.isEmpty()) {
      Write last = d.pollLast();
      d.addLast(new Write(last.snapshot(), last.at().plus(extra)));
    }
  }

  /**
   * The record as the index shows it now, or null when it holds none of its writes yet; forgets
   * writes no search will show again. A record written while the index kept up shows as it is.
   */
  StoredRecord shown(StoredRecord record) {
    Deque<Write> d = writes.get(record.id());
    if (lag.isZero() || d == null || d.isEmpty()) {
      return record;
    }
    Instant upTo = clock.instant().minus(lag);
    Write shown = null;
    while (!d.isEmpty() && !d.peekFirst().at().isAfter(upTo)) {
      shown = d.pollFirst();
    }
    if (shown == null) {
      return null;
    }
    d.addFirst(shown);
    return shown.snapshot();
  }

  private record Write(StoredRecord snapshot, Instant at) {}
}
