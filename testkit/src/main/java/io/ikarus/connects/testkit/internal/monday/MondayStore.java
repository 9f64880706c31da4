package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeMondayColumn;
import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.IdSource;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.ObjectStore;
import io.ikarus.connects.testkit.internal.monday.MondayItem.StoredValue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's state: boards, activity logs, and items on the shared {@link ObjectStore} (deleted
 * ones kept as tombstones with state {@code deleted}). Every method is atomic: a mutation either
 * applies all its column values or none.
 */
public final class MondayStore {

  private static final int MAX_NAME_LENGTH = 255;

  private final Clock clock;
  private final AtomicLong ids = new AtomicLong(1_800_000_000L);
  private final Map<String, MondayBoard> boards = new LinkedHashMap<>();
  private final Extent items;
  private final Deque<ActivityLog> logs = new ArrayDeque<>();

  /**
   * One board activity log entry. {@code created_at} is rendered like monday's: a decimal string of
   * the epoch in units of 100 ns (17 digits).
   *
   * @param id the entry id
   * @param boardId the board
   * @param event the event name ({@code create_pulse}, {@code update_column_value}, {@code
   *     delete_pulse}, {@code archive_pulse})
   * @param data the event data, a JSON document as a string
   * @param createdAt when it happened
   */
  public record ActivityLog(
      String id, String boardId, String event, String data, Instant createdAt) {

    /** The {@code created_at} field as monday renders it. */
    public String createdAtTicks() {
      long ticks = createdAt.getEpochSecond() * 10_000_000L + createdAt.getNano() / 100;
      return Long.toString(ticks);
    }
  }

  /** Creates an empty store reading time from {@code clock}. */
  public MondayStore(Clock clock) {
    this.clock = clock;
    IdSource itemIds = IdSource.sequence(ids::incrementAndGet);
    this.items = new ObjectStore(clock, itemIds).define("item", Set.of());
  }

  /** The clock the store stamps changes with. */
  public Clock clock() {
    return clock;
  }

  /** Adds a board with the given columns (a {@code name} column is always present). */
  public synchronized MondayBoard addBoard(String name, List<FakeMondayColumn> columns) {
    MondayBoard board = MondayBoard.of(Long.toString(ids.incrementAndGet()), name, columns);
    boards.put(board.id(), board);
    return board;
  }

  /** Returns the board or fails with {@code InvalidBoardIdException}. */
  public synchronized MondayBoard board(String boardId) {
    MondayBoard board = boards.get(boardId);
    if (board == null) {
      throw MondayApiError.invalidBoard(boardId);
    }
    return board;
  }

  /** The boards with these ids (unknown ids are skipped, as the API does), or all boards. */
  synchronized List<MondayBoard> boards(List<String> boardIds) {
    if (boardIds == null) {
      return List.copyOf(boards.values());
    }
    return boardIds.stream().map(boards::get).filter(b -> b != null).toList();
  }

  /**
   * Creates an item; {@code labels}: create missing status labels ({@code
   * create_labels_if_missing}).
   */
  public synchronized MondayItem createItem(
      String boardId, String groupId, String name, ObjectNode values, boolean labels) {
    MondayBoard board = board(boardId);
    if (groupId != null && !board.groups().containsKey(groupId)) {
      throw MondayApiError.invalidArgument("Group not found: " + groupId);
    }
    Map<String, Object> fields = validate(board, values, labels);
    if (!fields.containsKey("name")) {
      fields.put("name", checkName(name));
    }
    fields.put(MondayItem.BOARD, boardId);
    fields.put(
        MondayItem.GROUP, groupId != null ? groupId : board.groups().keySet().iterator().next());
    fields.put(MondayItem.STATE, "active");
    MondayItem item = new MondayItem(items.insert(fields));
    log(item, "create_pulse");
    return item;
  }

  synchronized MondayItem changeValues(
      String boardId, String itemId, ObjectNode values, boolean labels) {
    MondayBoard board = board(boardId);
    MondayItem item = activeItem(itemId);
    if (!item.boardId().equals(boardId)) {
      throw MondayApiError.itemNotFound(itemId);
    }
    items.update(item.record(), validate(board, values, labels));
    log(item, "update_column_value");
    return item;
  }

  synchronized MondayItem changeState(String itemId, String state) {
    MondayItem item = activeItem(itemId);
    if ("deleted".equals(state)) {
      items.delete(item.record());
    } else {
      items.update(item.record(), Map.of(MondayItem.STATE, state));
    }
    log(item, "deleted".equals(state) ? "delete_pulse" : "archive_pulse");
    return item;
  }

  /** Items by id in the requested order, deleted and archived ones included unless excluded. */
  synchronized List<MondayItem> items(List<String> itemIds, boolean excludeNonactive) {
    return itemIds.stream()
        .flatMap(id -> items.find(id).map(MondayItem::new).stream())
        .filter(i -> !excludeNonactive || i.isActive())
        .toList();
  }

  /** The active items of a board in creation order. */
  public synchronized List<MondayItem> activeItems(String boardId) {
    board(boardId);
    return items.stored().stream()
        .map(MondayItem::new)
        .filter(i -> i.isActive() && i.boardId().equals(boardId))
        .toList();
  }

  /** The board's activity log, newest first, within [from, to]. */
  synchronized List<ActivityLog> logs(String boardId, Instant from, Instant to) {
    return logs.stream()
        .filter(log -> log.boardId().equals(boardId))
        .filter(log -> from == null || !log.createdAt().isBefore(from))
        .filter(log -> to == null || !log.createdAt().isAfter(to))
        .toList();
  }

  private MondayItem activeItem(String itemId) {
    return items
        .find(itemId)
        .map(MondayItem::new)
        .filter(MondayItem::isActive)
        .orElseThrow(() -> MondayApiError.itemNotFound(itemId));
  }

  /** The stored values by column id (null clears); the name column's as a checked string. */
  private static Map<String, Object> validate(
      MondayBoard board, ObjectNode values, boolean labels) {
    Map<String, Object> stored = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : values.properties()) {
      StoredValue v = ColumnValueRules.normalize(board.column(e.getKey()), e.getValue(), labels);
      stored.put(
          e.getKey(), e.getKey().equals("name") ? checkName(v == null ? null : v.text()) : v);
    }
    return stored;
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw MondayApiError.invalidArgument("item_name must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new MondayApiError(
          "ItemNameTooLongException",
          "Item name is too long. Maximum length is " + MAX_NAME_LENGTH + " characters",
          400,
          Map.of("max_length", MAX_NAME_LENGTH));
    }
    return name;
  }

  private void log(MondayItem item, String event) {
    String data =
        Json.object()
            .put("board_id", Long.parseLong(item.boardId()))
            .put("pulse_id", Long.parseLong(item.id()))
            .put("pulse_name", item.name())
            .toString();
    String id = Long.toString(ids.incrementAndGet());
    logs.addFirst(new ActivityLog(id, item.boardId(), event, data, clock.instant()));
  }
}
