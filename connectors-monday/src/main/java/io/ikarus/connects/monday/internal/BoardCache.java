package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves an object name to a board id (a numeric name is a board id; any other name means the
 * configured board) and caches each board's columns, read once per board with {@code boards {
 * columns { id title type settings_str } }}.
 */
public final class BoardCache {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MondayClient client;
  private final String defaultBoardId;
  private final Map<String, CompletableFuture<BoardColumns>> boards = new ConcurrentHashMap<>();

  /** Creates the cache; {@code defaultBoardId} may be null. */
  public BoardCache(MondayClient client, String defaultBoardId) {
    this.client = client;
    this.defaultBoardId = defaultBoardId;
  }

  /** The board id an object name stands for. */
  public String boardId(String object, ErrorContext context) {
    if (object.matches("\\d+")) {
      return object;
    }
    if (defaultBoardId != null) {
      return defaultBoardId;
    }
    throw new ValidationException(
        "object '" + object + "' is not a board id and no board_id is" + " configured",
        context,
        List.of(
            new FieldError(
                null,
                "UNKNOWN_OBJECT",
                "use a numeric board id as the object, or configure board_id")));
  }

  /** The columns of the board {@code object} names. */
  public CompletableFuture<BoardColumns> columns(String object, ErrorContext context) {
    String boardId = boardId(object, context);
    CompletableFuture<BoardColumns> columns = boards.computeIfAbsent(boardId, this::fetch);
    columns.whenComplete(
        (c, e) -> {
          if (e != null) {
            boards.remove(boardId, columns);
          }
        });
    return columns;
  }

  /** Forgets a board's columns, so the next use reads them again. */
  public void invalidate(String boardId) {
    boards.remove(boardId);
  }

  private CompletableFuture<BoardColumns> fetch(String boardId) {
    return client
        .send("describe", Documents.BOARD, Map.of("b", List.of(boardId)), Costs.BOARD, true)
        .thenApply(r -> parse(boardId, r.orThrow()));
  }

  private static BoardColumns parse(String boardId, GraphQlResponse response) {
    JsonNode board = response.data("boards").path(0);
    if (board.isMissingNode() || board.isNull()) {
      throw new NotFoundException("board " + boardId + " not found", response.context());
    }
    List<BoardColumn> columns = new ArrayList<>();
    for (JsonNode c : board.path("columns")) {
      columns.add(
          new BoardColumn(
              c.path("id").asText(),
              c.path("title").asText(),
              c.path("type").asText(),
              labels(c.path("settings_str").asText("{}"))));
    }
    return new BoardColumns(boardId, board.path("name").asText(boardId), columns);
  }

  private static List<String> labels(String settings) {
    List<String> labels = new ArrayList<>();
    try {
      JsonNode byIndex = JSON.readTree(settings).path("labels");
      byIndex
          .fields()
          .forEachRemaining(
              e -> {
                int index = Integer.parseInt(e.getKey());
                while (labels.size() <= index) {
                  labels.add(null);
                }
                labels.set(index, e.getValue().asText());
              });
    } catch (IOException | NumberFormatException e) {
      return List.of();
    }
    return labels;
  }
}
