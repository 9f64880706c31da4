package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;

/** Status column values: a label that must exist (or be created on request), or an index. */
final class StatusValues {

  private StatusValues() {}

  static StoredValue normalize(MondayColumn column, JsonNode value, boolean createLabels) {
    int index;
    if (value.isObject() && value.has("index")) {
      index = value.get("index").asInt(-1);
      if (!value.get("index").canConvertToInt() || column.label(index) == null) {
        throw ColumnValueRules.invalid(column);
      }
    } else {
      String label =
          value.isTextual()
              ? value.asText()
              : ColumnValueRules.requiredText(column, value, "label");
      index = column.labelIndex(label);
      if (index < 0 && createLabels) {
        index = column.addLabel(label);
      } else if (index < 0) {
        throw MondayApiError.columnValue(
            column,
            "This status label doesn't exist, possible statuses are: " + column.possibleStatuses());
      }
    }
    ObjectNode stored = Json.object().put("index", index).putNull("post_id");
    return new StoredValue(stored.toString(), column.label(index));
  }
}
