package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an item ({@code id name created_at updated_at column_values {id type text value}}) into a
 * {@link CrmRecord}: field {@code name} holds the item name, each column its decoded value under
 * the column id, and {@code modifiedAt} is {@code updated_at}.
 */
public final class ItemMapper {

  private ItemMapper() {}

  /** Maps one item of board object {@code object}. */
  public static CrmRecord toRecord(String object, JsonNode item, ErrorContext context) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", item.path("name").asText(null));
    try {
      for (JsonNode value : item.path("column_values")) {
        JsonNode raw = value.get("value");
        fields.put(
            value.path("id").asText(),
            ColumnDecoder.decode(
                value.path("type").asText(),
                value.path("text").asText(null),
                raw == null || raw.isNull() ? null : raw.asText()));
      }
      return new CrmRecord(object, item.path("id").asText(), fields, instant(item, "updated_at"));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new ServerException(
          "unreadable item in monday's response: " + e.getMessage(), context, e);
    }
  }

  /** The item's {@code created_at} or {@code updated_at}, or null. */
  public static Instant instant(JsonNode item, String field) {
    String text = item.path(field).asText(null);
    return text == null || text.isEmpty() ? null : Instant.parse(text);
  }
}
