package io.ikarus.connects.monday.internal;

import java.util.List;
import java.util.Objects;

/**
 * A board column as the connector knows it: id, title, API type and, for status columns, the labels
 * by index (from {@code settings_str}; a gap is an unused index).
 *
 * @param id the column id, the field name in records
 * @param title the column title, accepted as an alias of the id
 * @param type the API type ({@code text}, {@code status}, ...)
 * @param labels status labels indexed by their index; empty for other types
 */
public record BoardColumn(String id, String title, String type, List<String> labels) {

  /** The pseudo-column holding the item name. */
  public static final BoardColumn NAME = new BoardColumn("name", "Name", "name", List.of());

  /** Validates and copies. */
  public BoardColumn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    title = title == null ? id : title;
    labels =
        labels == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(labels));
  }

  /** The index of a status label, or -1. */
  public int labelIndex(String label) {
    return labels.indexOf(label);
  }
}
