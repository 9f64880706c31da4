package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * v1 offset pages ({@code start}, {@code limit} → {@code additional_data.pagination} with {@code
 * more_items_in_collection} and {@code next_start} only when there is more; {@code data} is null
 * when empty, as v1 answers) and the opaque offset cursors of small v2 listings.
 */
final class PdOffsets {

  private PdOffsets() {}

  /** One v1 page of {@code items} from {@code start}. */
  static FakeResponse page(
      List<? extends com.fasterxml.jackson.databind.JsonNode> items, int start, int limit) {
    int from = Math.min(start, items.size());
    int end = Math.min(items.size(), from + limit);
    ArrayNode data = Json.array();
    items.subList(from, end).forEach(data::add);
    ObjectNode pagination = Json.object();
    pagination.put("start", start);
    pagination.put("limit", limit);
    pagination.put("more_items_in_collection", end < items.size());
    if (end < items.size()) {
      pagination.put("next_start", end);
    }
    ObjectNode additional = Json.object();
    additional.set("pagination", pagination);
    return PdBodies.ok(data.isEmpty() ? Json.object().nullNode() : data, additional)
        .records(data.size());
  }

  /** Reads a non-negative integer parameter; 400 naming it otherwise. */
  static int start(String text, String name) {
    return WholeNumber.parse(
        text,
        0,
        0,
        Integer.MAX_VALUE,
        () -> PdFailure.badRequest("Parameter '" + name + "' must be a non-negative integer"));
  }

  /** Decodes an offset cursor (null: 0); 400 when malformed. */
  static int start(String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return Integer.parseInt(text.substring(text.indexOf(':') + 1));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw PdFailure.badRequest("Parameter 'cursor' is not a valid cursor");
    }
  }

  /** An opaque cursor for offset {@code offset}. */
  static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }
}
