package io.ikarus.connects.testkit.internal.monday;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.monday.MondayItem.StoredValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Validates a written column value per column type and turns it into what the API stores, as
 * documented on monday's "change column values" pages: text and numbers take strings, long text
 * {@code {"text"}}, email {@code {"email","text"}}, phone {@code {"phone","countryShortName"}},
 * status {@code {"label"}} (a label that must exist unless {@code create_labels_if_missing}) or
 * {@code {"index"}}, date {@code {"date","time"}}. Anything else is a {@code ColumnValueException}
 * naming the column. An empty value clears the column.
 */
final class ColumnValueRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{4,20}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private ColumnValueRules() {}

  /** Returns the stored form, or null when the value clears the column. */
  static StoredValue normalize(MondayColumn column, JsonNode value, boolean createLabels) {
    if (isEmpty(value)) {
      return null;
    }
    return switch (column.type()) {
      case "text", "name" -> text(column, value);
      case "long_text" -> longText(column, value);
      case "email" -> email(column, value);
      case "phone" -> phone(column, value);
      case "status" -> status(column, value, createLabels);
      case "date" -> date(column, value);
      case "numbers" -> numbers(column, value);
      default -> throw invalid(column);
    };
  }

  private static boolean isEmpty(JsonNode value) {
    return value == null
        || value.isNull()
        || (value.isTextual() && value.asText().isEmpty())
        || (value.isObject() && value.isEmpty());
  }

  private static StoredValue text(MondayColumn column, JsonNode value) {
    if (!value.isTextual()) {
      throw invalid(column);
    }
    return new StoredValue(TextNode.valueOf(value.asText()), value.asText());
  }

  private static StoredValue longText(MondayColumn column, JsonNode value) {
    String text = value.isTextual() ? value.asText() : requiredText(column, value, "text");
    return new StoredValue(Json.object().put("text", text), text);
  }

  private static StoredValue email(MondayColumn column, JsonNode value) {
    String[] parts = parts(column, value, "email", "text");
    String email = matching(column, parts[0], EMAIL);
    String display = parts[1] == null ? email : parts[1];
    return new StoredValue(Json.object().put("email", email).put("text", display), email);
  }

  private static StoredValue phone(MondayColumn column, JsonNode value) {
    String[] parts = parts(column, value, "phone", "countryShortName");
    String phone = matching(column, parts[0], PHONE);
    String country = matching(column, parts[1] == null ? "" : parts[1], COUNTRY);
    return new StoredValue(
        Json.object().put("phone", phone).put("countryShortName", country), phone);
  }

  private static StoredValue status(MondayColumn column, JsonNode value, boolean createLabels) {
    int index;
    if (value.isObject() && value.has("index")) {
      index = value.get("index").asInt(-1);
      if (!value.get("index").canConvertToInt() || column.label(index) == null) {
        throw invalid(column);
      }
    } else {
      String label = value.isTextual() ? value.asText() : requiredText(column, value, "label");
      index = column.labelIndex(label);
      if (index < 0 && createLabels) {
        index = column.addLabel(label);
      } else if (index < 0) {
        throw MondayApiError.columnValue(
            column,
            "This status label doesn't exist, possible statuses are: " + column.possibleStatuses());
      }
    }
    return new StoredValue(
        Json.object().put("index", index).putNull("post_id"), column.label(index));
  }

  private static StoredValue date(MondayColumn column, JsonNode value) {
    String[] parts = parts(column, value, "date", "time");
    String date = parts[0];
    String time = parts[1];
    ObjectNode stored = Json.object().put("date", date);
    try {
      LocalDate.parse(date);
      if (time != null) {
        LocalTime.parse(time);
        stored.put("time", time);
      }
    } catch (DateTimeParseException e) {
      throw invalid(column);
    }
    return new StoredValue(stored, time == null ? date : date + " " + time);
  }

  private static StoredValue numbers(MondayColumn column, JsonNode value) {
    if (!value.isTextual() && !value.isNumber()) {
      throw invalid(column);
    }
    try {
      String plain = new BigDecimal(value.asText()).toPlainString();
      return new StoredValue(TextNode.valueOf(plain), plain);
    } catch (NumberFormatException e) {
      throw invalid(column);
    }
  }

  /**
   * The two parts of a value given as text ({@code "first second"}) or as an object with {@code
   * firstKey} (required) and {@code secondKey}; an absent second part is null.
   */
  private static String[] parts(
      MondayColumn column, JsonNode value, String firstKey, String secondKey) {
    if (value.isTextual()) {
      String[] parts = value.asText().split(" ", 2);
      return new String[] {parts[0], parts.length > 1 ? parts[1] : null};
    }
    String first = requiredText(column, value, firstKey);
    JsonNode second = value.get(secondKey);
    return new String[] {first, second == null || second.isNull() ? null : second.asText()};
  }

  private static String requiredText(MondayColumn column, JsonNode value, String key) {
    if (!value.isObject() || !value.hasNonNull(key) || !value.get(key).isValueNode()) {
      throw invalid(column);
    }
    return value.get(key).asText();
  }

  private static String matching(MondayColumn column, String text, Pattern pattern) {
    if (!pattern.matcher(text).matches()) {
      throw invalid(column);
    }
    return text;
  }

  private static MondayApiError invalid(MondayColumn column) {
    return MondayApiError.columnValue(
        column,
        "invalid value, please check our API documentation for the correct data structure for"
            + " this column. https://developer.monday.com/api-reference/docs/change-column-values");
  }
}
