package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * HubSpot's wire format: request bodies, timestamps, and error bodies ({@code status}, {@code
 * message}, {@code correlationId}, {@code category}, and optional {@code errors} details).
 */
final class Wire {

  /** HubSpot keeps the last of duplicate keys rather than refusing the body. */
  private static final ObjectReader READER =
      Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Wire() {}

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

  /** Adds the {@code paging.next} block pointing at {@code after} to a list or search reply. */
  static void nextPage(ObjectNode reply, String after) {
    reply.putObject("paging").putObject("next").put("after", after).put("link", "?after=" + after);
  }

  /** The standard error body. */
  static ObjectNode errorBody(String category, String message, ArrayNode errors) {
    ObjectNode n = Json.object();
    n.put("status", "error");
    n.put("message", message);
    n.put("correlationId", UUID.randomUUID().toString());
    if (category != null) {
      n.put("category", category);
    }
    if (errors != null && !errors.isEmpty()) {
      n.set("errors", errors);
    }
    return n;
  }

  /** Returns {@code record}, or throws the 404 HubSpot sends for a record that does not exist. */
  static StoredRecord existing(StoredRecord record) {
    if (record == null) {
      throw new BadRequest(
          404, "OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.");
    }
    return record;
  }

  /** HubSpot's 429 for the limit {@code policyName}, whose message names it in lower case. */
  static FakeResponse rateLimited(String policyName) {
    String message = "You have reached your " + policyName.toLowerCase(Locale.ROOT) + " limit.";
    ObjectNode n = errorBody(null, message, null).put("errorType", "RATE_LIMIT");
    n.put("policyName", policyName).put("requestId", UUID.randomUUID().toString());
    return FakeResponse.json(429, n);
  }
}
