package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** HubSpot's request bodies and timestamps, on the kit's shared mapper. */
final class Bodies {

  /** HubSpot keeps the last of duplicate keys rather than refusing the body. */
  private static final ObjectReader READER =
      Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Bodies() {}

  /** Parses {@code text}; throws {@link BadRequest} naming the problem when it is not JSON. */
  static JsonNode parse(String text) {
    try {
      JsonNode node = READER.readTree(text == null || text.isBlank() ? "null" : text);
      if (node == null || node.isNull() || node.isMissingNode()) {
        throw new BadRequest("Invalid input JSON: the request body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadRequest("Invalid input JSON on line 1: " + e.getOriginalMessage());
    }
  }

  /** HubSpot's timestamp format: ISO-8601 UTC with milliseconds. */
  static String iso(Instant instant) {
    return ISO_MILLIS.format(instant);
  }
}
