package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A board column. Mutable only in its label list, which {@code create_labels_if_missing} may extend
 * (guarded by the column's lock).
 *
 * @param id the column id
 * @param title the column title
 * @param type the column type as the API names it ({@code text}, {@code status}, ...)
 * @param labels the status labels (index = position); empty for other types
 */
public record MondayColumn(String id, String title, String type, List<String> labels) {

  /** Copies {@code labels} into a list of this column's own. */
  public MondayColumn {
    labels = new ArrayList<>(labels);
  }

  /** A snapshot of the labels. */
  @Override
  public synchronized List<String> labels() {
    return List.copyOf(labels);
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
    return IntStream.range(0, labels.size())
        .mapToObj(i -> i + ": " + labels.get(i))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
