package io.ikarus.connects.testkit.internal.monday;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-side cursors of {@code items_page}: the matching item ids are fixed when the first page is
 * read, and the cursor stays valid for a time-to-live counted from that first request (60 minutes
 * on monday). An expired cursor fails with {@code CursorExpiredError}.
 */
final class CursorRegistry {

  private final Clock clock;
  private final Duration ttl;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Position> cursors = new ConcurrentHashMap<>();

  private record Position(List<String> ids, int offset, Instant createdAt) {}

  CursorRegistry(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Registers a result set whose first {@code offset} ids were served; null when exhausted. */
  String open(List<String> ids, int offset) {
    return register(ids, offset, clock.instant());
  }

  /** A page of ids from the cursor, and the next cursor (null at the end). */
  record Slice(List<String> ids, String next) {}

  Slice next(String cursor, int limit) {
    Position position = cursors.remove(cursor);
    if (position == null) {
      throw MondayApiError.invalidArgument("Invalid cursor");
    }
    if (!clock.instant().isBefore(position.createdAt.plus(ttl))) {
      throw new MondayApiError(
          "CursorExpiredError",
          "The cursor has expired; start the pagination again without a cursor",
          400,
          Map.of());
    }
    int end = Math.min(position.offset + limit, position.ids.size());
    List<String> page = position.ids.subList(position.offset, end);
    return new Slice(page, register(position.ids, end, position.createdAt));
  }

  private String register(List<String> ids, int offset, Instant createdAt) {
    if (offset >= ids.size()) {
      return null;
    }
    String raw = sequence.incrementAndGet() + ":" + createdAt.toEpochMilli();
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    cursors.put(cursor, new Position(List.copyOf(ids), offset, createdAt));
    return cursor;
  }
}
