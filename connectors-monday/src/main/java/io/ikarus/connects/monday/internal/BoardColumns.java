package io.ikarus.connects.monday.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one board, resolving a field name given as a column id or a column title to the
 * column. Ids win over titles; a title shared by two columns is ambiguous and refused.
 */
public final class BoardColumns {

  private final String boardId;
  private final String boardName;
  private final Map<String, BoardColumn> byId = new LinkedHashMap<>();
  private final Map<String, BoardColumn> byTitle = new LinkedHashMap<>();
  private final Map<String, Boolean> ambiguous = new LinkedHashMap<>();

  /** Indexes {@code columns} of board {@code boardId}; the name column is always present. */
  public BoardColumns(String boardId, String boardName, List<BoardColumn> columns) {
    this.boardId = boardId;
    this.boardName = boardName;
    if (columns.stream().noneMatch(c -> c.type().equals("name"))) {
      byId.put(BoardColumn.NAME.id(), BoardColumn.NAME);
      byTitle.put(BoardColumn.NAME.title(), BoardColumn.NAME);
    }
    for (BoardColumn column : columns) {
      byId.put(column.id(), column);
      if (byTitle.putIfAbsent(column.title(), column) != null) {
        ambiguous.put(column.title(), true);
      }
    }
  }

  /** The board id. */
  public String boardId() {
    return boardId;
  }

  /** The board name. */
  public String boardName() {
    return boardName;
  }

  /** Every column, the name column first. */
  public List<BoardColumn> all() {
    return List.copyOf(byId.values());
  }

  /** The column a field names, or null when none does. */
  public BoardColumn find(String field) {
    BoardColumn column = byId.get(field);
    if (column != null || ambiguous.containsKey(field)) {
      return column;
    }
    return byTitle.get(field);
  }

  /**
   * The column a field names.
   *
   * @throws ValidationException naming the field when no column (or more than one, by title)
   *     matches
   */
  public BoardColumn require(String field, ErrorContext context) {
    BoardColumn column = find(field);
    if (column == null) {
      String why =
          ambiguous.containsKey(field)
              ? "the title names more than one column of board " + boardId + "; use the column id"
              : "no column with this id or title on board " + boardId;
      throw new ValidationException(
          "unknown field '" + field + "'",
          context,
          List.of(new FieldError(field, "UNKNOWN_FIELD", why)));
    }
    return column;
  }
}
