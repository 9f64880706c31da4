package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.Checkpoint;
import java.time.Duration;
import java.time.Instant;

/** Where one stream stands: its checkpoint, when to read it next, and when it last emitted. */
final class StreamCursor {

  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

  final Stream stream;
  Checkpoint checkpoint;
  Instant due;
  Instant lastEmit;
  StructMapper mapper;
  private int failures;

  StreamCursor(Stream stream, Checkpoint checkpoint, Instant now) {
    this.stream = stream;
    this.checkpoint = checkpoint;
    this.due = now;
    this.lastEmit = now;
  }

  /** Read again at {@code now} when more changes wait, else after {@code rest}. */
  void read(Checkpoint next, boolean hasMore, Instant now, Duration rest) {
    checkpoint = next;
    failures = 0;
    due = hasMore ? now : now.plus(rest);
  }

  /** Waits 1 s, 2 s, 4 s, ... (at most {@code max}, at least 1 s) after each failure in a row. */
  Duration failed(Instant now, Duration max) {
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures, 20));
    if (wait.compareTo(max) > 0) {
      wait = max.compareTo(FIRST_BACKOFF) > 0 ? max : FIRST_BACKOFF;
    }
    failures++;
    due = now.plus(wait);
    return wait;
  }
}
