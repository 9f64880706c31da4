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
 * read, and the cursor stays valid for 60 minutes counted from that first request, as on monday. An
 * expired cursor fails with {@code CursorExpiredError}.
 */
final class CursorRegistry {

  private static final Duration TTL = Duration.ofMinutes(60);

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Position> cursors = new ConcurrentHashMap<>();

  private record Position(List<String> ids, int offset, Instant createdAt) {}

  CursorRegistry(Clock clock) {
    this.clock = clock;
  }

  /** A page of ids, and the cursor over the rest (null at the end). */
  record Slice(List<String> ids, String next) {}

  /** The first page of the result {@code ids}; the cursor's lifetime starts now. */
  Slice first(List<String> ids, int limit) {
    return slice(new Position(List.copyOf(ids), 0, clock.instant()), limit);
  }

  /** The next page of the cursor's result. */
  Slice next(String cursor, int limit) {
    Position position = cursors.remove(cursor);
    if (position == null) {
      throw MondayApiError.invalidArgument("Invalid cursor");
    }
    if (!clock.instant().isBefore(position.createdAt.plus(TTL))) {
      throw new MondayApiError(
          "CursorExpiredError",
          "The cursor has expired; start the pagination again without a cursor",
          400,
          Map.of());
    }
    return slice(position, limit);
  }

  private Slice slice(Position position, int limit) {
    int end = Math.min(position.offset + limit, position.ids.size());
    String next = null;
    if (end < position.ids.size()) {
      String raw = sequence.incrementAndGet() + ":" + position.createdAt.toEpochMilli();
      next =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
      cursors.put(next, new Position(position.ids, end, position.createdAt));
    }
    return new Slice(position.ids.subList(position.offset, end), next);
  }
}
