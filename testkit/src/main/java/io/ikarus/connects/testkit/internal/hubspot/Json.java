package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON and timestamp helpers of the HubSpot fake. */
public final class Json {

  /** The shared mapper; thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty array node. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Parses {@code text}; throws {@link BadRequest} naming the problem when it is not JSON. */
  public static JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text == null || text.isBlank() ? "null" : text);
      if (node == null || node.isNull() || node.isMissingNode()) {
        throw new BadRequest("Invalid input JSON: the request body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadRequest("Invalid input JSON on line 1: " + e.getOriginalMessage());
    }
  }

  /** Writes {@code node} as compact JSON. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HubSpot's timestamp format: ISO-8601 UTC with milliseconds. */
  public static String iso(Instant instant) {
    return ISO_MILLIS.format(instant);
  }
}
