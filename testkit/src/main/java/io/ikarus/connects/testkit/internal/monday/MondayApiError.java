package io.ikarus.connects.testkit.internal.monday;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application error the fake reports in the GraphQL {@code errors} array of an HTTP 200
 * response, shaped like monday's: {@code extensions.code}, {@code extensions.status_code} and
 * {@code extensions.error_data}.
 */
public final class MondayApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final int statusCode;
  private final transient Map<String, Object> errorData;

  /** Creates an error with monday's code, message, nominal status and error data. */
  public MondayApiError(String code, String message, int statusCode, Map<String, Object> data) {
    super(message, null, false, false);
    this.code = code;
    this.statusCode = statusCode;
    this.errorData = Map.copyOf(data);
  }

  static MondayApiError columnValue(MondayColumn column, String message) {
    return new MondayApiError(
        "ColumnValueException",
        message,
        400,
        Map.of("column_id", column.id(), "column_type", column.type()));
  }

  static MondayApiError invalidColumn(String columnId) {
    return new MondayApiError(
        "InvalidColumnIdException",
        "This column ID doesn't exist for the board",
        400,
        Map.of("column_id", columnId));
  }

  static MondayApiError invalidBoard(String boardId) {
    return new MondayApiError(
        "InvalidBoardIdException", "Board not found", 400, Map.of("board_id", boardId));
  }

  static MondayApiError itemNotFound(String itemId) {
    return new MondayApiError(
        "ResourceNotFoundException",
        "Item with id " + itemId + " not found",
        404,
        Map.of("item_id", itemId));
  }

  static MondayApiError jsonParse(String argument) {
    return new MondayApiError(
        "JsonParseException",
        "Unexpected token in JSON for argument " + argument,
        400,
        Map.of("argument", argument));
  }

  static MondayApiError internal() {
    return new MondayApiError("INTERNAL_SERVER_ERROR", "Internal server error", 500, Map.of());
  }

  static MondayApiError invalidArgument(String message) {
    return new MondayApiError("InvalidArgumentException", message, 400, Map.of());
  }

  /** The error's GraphQL {@code extensions}, in monday's key order. */
  Map<String, Object> extensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code);
    extensions.put("status_code", statusCode);
    extensions.put("error_data", errorData);
    return extensions;
  }
}
