package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.util.List;
import java.util.function.Function;

/**
 * Pipedrive's success envelope {@code {success:true, data, additional_data?}} and its pages: {@code
 * limit} 1..500 (default 100); v1 offset pages ({@code start} → {@code additional_data.pagination}
 * with {@code more_items_in_collection}, and {@code next_start} only when there is more; {@code
 * data} is null when empty, as v1 answers); v2 pages with {@code additional_data.next_cursor}, null
 * at the end.
 */
final class PdBodies {

  static final int MAX_LIMIT = 500;

  private PdBodies() {}

  /** A 200 with {@code data} and {@code additional_data}. */
  static FakeResponse ok(JsonNode data, JsonNode additional) {
    return status(200, data, additional);
  }

  /** A response with {@code status}, {@code data} and optional {@code additional_data}. */
  static FakeResponse status(int status, JsonNode data, JsonNode additional) {
    ObjectNode body = Json.object();
    body.put("success", true);
    body.set("data", data);
    if (additional != null) {
      body.set("additional_data", additional);
    }
    return FakeResponse.json(status, body);
  }

  /** Reads {@code limit}: default 100, 1..500, else 400. */
  static int limit(FakeRequest request) {
    return WholeNumber.parse(
        request.param("limit"),
        100,
        1,
        MAX_LIMIT,
        () ->
            PdFailure.badRequest(
                "Parameter 'limit' must be an integer between 1 and " + MAX_LIMIT));
  }

  /** The v1 page of {@code items} the request's {@code start} and {@code limit} ask for. */
  static FakeResponse v1Page(List<? extends JsonNode> items, FakeRequest request) {
    int limit = limit(request);
    int start =
        WholeNumber.parse(
            request.param("start"),
            0,
            0,
            Integer.MAX_VALUE,
            () -> PdFailure.badRequest("Parameter 'start' must be a non-negative integer"));
    int from = Math.min(start, items.size());
    int end = Math.min(items.size(), from + limit);
    ArrayNode data = Json.array().addAll(items.subList(from, end));
    ObjectNode additional = Json.object();
    ObjectNode pagination = additional.putObject("pagination");
    pagination.put("start", start);
    pagination.put("limit", limit);
    pagination.put("more_items_in_collection", end < items.size());
    if (end < items.size()) {
      pagination.put("next_start", end);
    }
    return ok(data.isEmpty() ? NullNode.getInstance() : data, additional).records(data.size());
  }

  /** A v2 page: {@code data} of {@code count} records and the next page's cursor (or null). */
  static FakeResponse v2Page(JsonNode data, int count, String nextCursor) {
    return ok(data, Json.object().put("next_cursor", nextCursor)).records(count);
  }

  /**
   * The v2 page of {@code all} at the request's offset {@code cursor}, for listings too small to
   * need a keyset cursor (search, fields); {@code data} shapes the page's items.
   */
  static <T> FakeResponse v2Page(
      List<T> all, FakeRequest request, Function<List<T>, JsonNode> data) {
    int limit = limit(request);
    int start = PdCursor.offset(request.param("cursor"));
    int end = Math.min(all.size(), start + limit);
    List<T> page = all.subList(Math.min(start, end), end);
    String next = end < all.size() ? PdCursor.ofOffset(end) : null;
    return v2Page(data.apply(page), page.size(), next);
  }
}
