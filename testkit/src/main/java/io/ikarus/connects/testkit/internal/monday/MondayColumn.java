package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A board column: id, title, type and, for status columns, its labels (index = position). Mutable
 * only in its label list, which {@code create_labels_if_missing} may extend.
 */
public final class MondayColumn {

  private final String id;
  private final String title;
  private final String type;
  private final List<String> labels;

  /** Creates a column; {@code labels} are used only by status columns. */
  public MondayColumn(String id, String title, String type, List<String> labels) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.type = Objects.requireNonNull(type, "type");
    this.labels = new ArrayList<>(labels);
  }

  /** The column id. */
  public String id() {
    return id;
  }

  /** The column title. */
  public String title() {
    return title;
  }

  /** The column type as the API names it ({@code text}, {@code status}, ...). */
  public String type() {
    return type;
  }

  synchronized int labelIndex(String label) {
    return labels.indexOf(label);
  }

  synchronized String label(int index) {
    return index >= 0 && index < labels.size() ? labels.get(index) : null;
  }

  synchronized int addLabel(String label) {
    labels.add(label);
    return labels.size() - 1;
  }

  /** The column's {@code settings_str}: status labels keyed by index, else an empty object. */
  public synchronized String settingsStr() {
    ObjectNode settings = Json.object();
    if ("status".equals(type)) {
      ObjectNode byIndex = settings.putObject("labels");
      for (int i = 0; i < labels.size(); i++) {
        byIndex.put(Integer.toString(i), labels.get(i));
      }
    }
    return settings.toString();
  }

  synchronized String possibleStatuses() {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      parts.add(i + ": " + labels.get(i));
    }
    return "{" + String.join(", ", parts) + "}";
  }
}
