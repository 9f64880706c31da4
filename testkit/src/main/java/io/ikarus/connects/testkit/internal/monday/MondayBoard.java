package io.ikarus.connects.testkit.internal.monday;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A board: its columns and groups. Guarded by the store's lock. */
public final class MondayBoard {

  final String id;
  final String name;
  final Map<String, MondayColumn> columns = new LinkedHashMap<>();
  final Map<String, String> groups = new LinkedHashMap<>();

  MondayBoard(String id, String name, List<MondayColumn> columns) {
    this.id = id;
    this.name = name;
    this.columns.put("name", new MondayColumn("name", "Name", "name", List.of()));
    columns.forEach(c -> this.columns.put(c.id(), c));
    this.groups.put("topics", "Group Title");
  }

  /** The board id. */
  public String id() {
    return id;
  }

  /** The board name. */
  public String name() {
    return name;
  }

  /** The columns, the {@code name} column first. */
  public List<MondayColumn> columns() {
    return List.copyOf(columns.values());
  }

  MondayColumn column(String columnId) {
    MondayColumn column = columns.get(columnId);
    if (column == null) {
      throw MondayApiError.invalidColumn(columnId);
    }
    return column;
  }
}
