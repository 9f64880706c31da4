package io.ikarus.connects.testkit.internal.monday;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A board; its columns are guarded by the store's lock.
 *
 * @param id the board id
 * @param name the board name
 * @param columns the columns by id, the {@code name} column first
 * @param groups the group titles by group id
 */
public record MondayBoard(
    String id, String name, Map<String, MondayColumn> columns, Map<String, String> groups) {

  /** A board with a {@code name} column, the given columns and one group {@code topics}. */
  static MondayBoard of(String id, String name, List<MondayColumn> columns) {
    Map<String, MondayColumn> byId = new LinkedHashMap<>();
    byId.put("name", new MondayColumn("name", "Name", "name", List.of()));
    columns.forEach(c -> byId.put(c.id(), c));
    return new MondayBoard(id, name, byId, Map.of("topics", "Group Title"));
  }

  MondayColumn column(String columnId) {
    MondayColumn column = columns.get(columnId);
    if (column == null) {
      throw MondayApiError.invalidColumn(columnId);
    }
    return column;
  }
}
