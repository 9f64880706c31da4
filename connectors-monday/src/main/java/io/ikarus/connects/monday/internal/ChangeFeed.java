package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ChangeFeedOperations;
import io.ikarus.connects.spi.ChangeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code changesSince} for a board: items whose {@code updated_at} is at or after the checkpoint's
 * lookback start (an {@code items_page} rule on {@code __last_updated__}, ordered by it), and
 * deletions from the board's activity log ({@code delete_pulse} and {@code archive_pulse} events).
 * Reads every changed item in one call ({@code hasMore} is always false).
 *
 * <p>monday's {@code updated_at} has second precision, and an item written by a slow mutation can
 * carry a stamp older than ones already read; so each call reads again a lookback window before the
 * newest stamp handed out ({@link #DEFAULT_LOOKBACK} unless the builder's {@code changeLookback}
 * says otherwise), and a {@link ChangeWindow} hands an item out again only when its fields changed.
 */
public final class ChangeFeed implements ChangeFeedOperations {

  /** How far before the newest stamp handed out each call reads again, by default. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(1);

  private static final Set<String> DELETE_EVENTS = Set.of("delete_pulse", "archive_pulse");
  private static final int LOG_PAGE = 500;

  private final MondayClient client;
  private final ItemReader reader;
  private final BoardCache boards;
  private final String connector;
  private final Duration lookback;

  /** Creates the feed, reading {@code lookback} before the newest stamp handed out again. */
  public ChangeFeed(
      MondayClient client,
      ItemReader reader,
      BoardCache boards,
      String connector,
      Duration lookback) {
    this.client = client;
    this.reader = reader;
    this.boards = boards;
    this.connector = connector;
    this.lookback = lookback;
  }

  /** The changes since {@code checkpoint}. */
  @Override
  public CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    ErrorContext context = ErrorContext.of(connector, "changesSince");
    ChangeCheckpoint from = ChangeCheckpoint.parse(checkpoint, lookback);
    String boardId = boards.boardId(object, context);
    Query query = Query.of(object).orderBy("__last_updated__", true).pageSize(QueryPlan.MAX_PAGE);
    if (!from.initial()) {
      query = query.modifiedSince(from.window().from());
    }
    List<CrmRecord> upserts = new ArrayList<>();
    return reader
        .query(query)
        .thenCompose(page -> drain(page, upserts))
        .thenCompose(v -> deletions(boardId, from))
        .thenApply(deleted -> changes(from, upserts, deleted));
  }

  private CompletableFuture<Void> drain(Page page, List<CrmRecord> into) {
    into.addAll(page.records());
    return page.hasNext()
        ? page.next().thenCompose(next -> drain(next, into))
        : CompletableFuture.completedFuture(null);
  }

  private static Changes changes(ChangeCheckpoint from, List<CrmRecord> read, Deletions deleted) {
    ChangeWindow window = from.window();
    List<CrmRecord> upserts = new ArrayList<>();
    for (CrmRecord r : read) {
      Instant stamp = r.modifiedAt() != null ? r.modifiedAt() : Instant.EPOCH;
      if (window.offer(r.id(), stamp, ChangeWindow.fingerprint(r.fields()))) {
        upserts.add(r);
      }
    }
    window.prune();
    List<String> ids =
        deleted.ids().stream()
            .filter(id -> upserts.stream().noneMatch(r -> r.id().equals(id)))
            .toList();
    ChangeCheckpoint next = new ChangeCheckpoint(window, deleted.ticks());
    return new Changes(upserts, ids, next.toCheckpoint(), false);
  }

  private record Deletions(List<String> ids, long ticks) {}

  private CompletableFuture<Deletions> deletions(String boardId, ChangeCheckpoint from) {
    Instant since = from.initial() ? null : from.window().from().minusSeconds(1);
    return logs(
        boardId,
        since,
        1,
        from.initial() ? 1 : LOG_PAGE,
        new Deletions(List.of(), from.logTicks()),
        from);
  }

  private CompletableFuture<Deletions> logs(
      String boardId, Instant since, int page, int limit, Deletions acc, ChangeCheckpoint from) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    variables.put("b", List.of(boardId));
    variables.put("from", since == null ? null : since.toString());
    variables.put("limit", limit);
    variables.put("page", page);
    return client
        .send("changesSince", Documents.ACTIVITY_LOGS, variables, limit * 10L, true)
        .thenCompose(
            r -> {
              JsonNode entries = r.orThrow().data("boards").path(0).path("activity_logs");
              Deletions next = collect(entries, acc, from);
              boolean more = !from.initial() && entries.size() == limit;
              return more
                  ? logs(boardId, since, page + 1, limit, next, from)
                  : CompletableFuture.completedFuture(next);
            });
  }

  private static Deletions collect(JsonNode entries, Deletions acc, ChangeCheckpoint from) {
    List<String> ids = new ArrayList<>(acc.ids());
    long ticks = acc.ticks();
    for (JsonNode entry : entries) {
      long at = Long.parseLong(entry.path("created_at").asText("0"));
      ticks = Math.max(ticks, at);
      if (!from.initial()
          && at > from.logTicks()
          && DELETE_EVENTS.contains(entry.path("event").asText())) {
        String id = ActivityData.pulseId(entry.path("data").asText("{}"));
        if (id != null && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return new Deletions(ids, ticks);
  }
}
