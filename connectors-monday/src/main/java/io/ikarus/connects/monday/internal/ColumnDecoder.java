package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Decodes a {@code column_values} entry ({@code type}, {@code text}, {@code value}) into the plain
 * Java value {@link ColumnEncoder} accepts back, so values round-trip: text, long_text, email and
 * status as String; phone as {@code "<number> <ISO-2>"}; date as LocalDate, or Instant when a time
 * is set; numbers as BigDecimal; other types as their display text. An empty column is null.
 */
public final class ColumnDecoder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ColumnDecoder() {}

  /** Decodes one column value. */
  public static Object decode(String type, String text, String valueJson) {
    if (valueJson == null || valueJson.isEmpty() || "null".equals(valueJson)) {
      return text == null || text.isEmpty() ? null : text;
    }
    JsonNode value = parse(valueJson);
    return switch (type) {
      case "long_text" -> value.path("text").asText(text);
      case "email" -> value.path("email").asText(text);
      case "phone" -> phone(value, text);
      case "date" -> date(value);
      case "numbers" ->
          value.isTextual() && !value.asText().isEmpty() ? new BigDecimal(value.asText()) : null;
      case "text" -> value.isTextual() ? value.asText() : text;
      default -> text == null || text.isEmpty() ? null : text;
    };
  }

  private static Object phone(JsonNode value, String text) {
    String phone = value.path("phone").asText(text);
    String country = value.path("countryShortName").asText("");
    return country.isEmpty() ? phone : phone + " " + country;
  }

  private static Object date(JsonNode value) {
    LocalDate date = LocalDate.parse(value.path("date").asText());
    if (!value.hasNonNull("time") || value.get("time").asText().isEmpty()) {
      return date;
    }
    LocalTime time = LocalTime.parse(value.get("time").asText());
    return LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC);
  }

  private static JsonNode parse(String valueJson) {
    try {
      return JSON.readTree(valueJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("column value is not JSON", e);
    }
  }
}
