package io.ikarus.connects.minicrm;

import io.ikarus.connects.spi.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The MiniCrm REST API over {@link MiniCrmStore}: JSON in and out, errors as {@code {"error":
 * {"code", "message"}}}, batches of at most 10 with per-record results, offset-cursor search pages
 * of at most 100, and a change feed with tombstones.
 */
final class MiniCrmApi {

  static final int MAX_BATCH = 10;
  static final int MAX_PAGE = 100;

  /** The objects MiniCrm has; any other is a 404 naming it. */
  static final Set<String> OBJECTS = Set.of("contacts");

  private final MiniCrmStore store = new MiniCrmStore();

  MockResponse handle(RecordedRequest request) {
    List<String> p = request.getUrl().pathSegments(); // v1, o, object, ...
    String object = p.get(2);
    String method = request.getMethod();
    if (!OBJECTS.contains(object)) {
      return error(404, "NOT_FOUND", "unknown object '" + object + "'");
    }
    if (p.size() == 3) {
      return method.equals("POST") ? create(object, body(request)) : error(405, "METHOD", "no");
    }
    return switch (p.get(3)) {
      case "batch" -> batch(object, body(request));
      case "search" -> search(object, body(request));
      case "changes" -> changes(object, request);
      case "by" -> upsert(object, p.get(4), p.get(5), body(request));
      default -> record(method, object, p.get(3), request);
    };
  }

  private MockResponse record(String method, String object, String id, RecordedRequest request) {
    Map<String, Object> result =
        switch (method) {
          case "GET" -> store.get(object, id);
          case "PATCH" -> store.update(object, id, body(request));
          case "DELETE" -> store.delete(object, id) ? Map.of() : null;
          default -> throw new IllegalArgumentException(method);
        };
    if (result == null) {
      return error(404, "NOT_FOUND", "no " + object + " " + id);
    }
    return method.equals("DELETE")
        ? new MockResponse.Builder().code(204).build()
        : json(200, result);
  }

  private MockResponse create(String object, Map<String, Object> fields) {
    String invalid = MiniCrmStore.validate(fields);
    return invalid != null ? required(invalid) : json(201, store.create(object, fields));
  }

  private MockResponse upsert(String object, String key, String value, Map<String, Object> fields) {
    String id = store.findBy(object, key, value);
    if (id != null) {
      return json(200, Map.of("record", store.update(object, id, fields), "created", false));
    }
    Map<String, Object> withKey = new LinkedHashMap<>(fields);
    withKey.put(key, value);
    String invalid = MiniCrmStore.validate(withKey);
    return invalid != null
        ? required(invalid)
        : json(201, Map.of("record", store.create(object, withKey), "created", true));
  }

  @SuppressWarnings("unchecked")
  private MockResponse batch(String object, Map<String, Object> body) {
    List<Map<String, Object>> records = (List<Map<String, Object>>) body.get("records");
    if (records == null || records.size() > MAX_BATCH) {
      return error(400, "BATCH_SIZE", "1 to " + MAX_BATCH + " records per batch");
    }
    List<Object> results = new ArrayList<>();
    for (Map<String, Object> r : records) {
      String invalid = MiniCrmStore.validate(r);
      results.add(
          invalid != null
              ? Map.of("error", Map.of("code", "REQUIRED", "message", invalid, "field", "name"))
              : Map.of("id", store.create(object, r).get("id")));
    }
    return json(200, Map.of("results", results));
  }

  @SuppressWarnings("unchecked")
  private MockResponse search(String object, Map<String, Object> body) {
    List<Map<String, Object>> filters =
        (List<Map<String, Object>>) body.getOrDefault("filters", List.of());
    int size = Math.min(MAX_PAGE, ((Number) body.getOrDefault("page_size", MAX_PAGE)).intValue());
    int offset = Integer.parseInt((String) body.getOrDefault("cursor", "0"));
    List<Map<String, Object>> matches =
        store.all(object).stream().filter(r -> MiniCrmFilters.matches(r, filters)).toList();
    List<Map<String, Object>> page =
        matches.subList(offset, Math.min(matches.size(), offset + size));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("records", page);
    out.put("next_cursor", offset + size < matches.size() ? String.valueOf(offset + size) : null);
    return json(200, out);
  }

  private MockResponse changes(String object, RecordedRequest request) {
    long since = Long.parseLong(request.getUrl().queryParameter("since"));
    List<MiniCrmStore.Change> changes = store.changes(object, since, 50);
    List<Object> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (MiniCrmStore.Change c : changes) {
      Map<String, Object> current = store.get(object, c.id());
      if (c.deleted()) {
        deleted.add(c.id());
      } else if (current != null) {
        upserts.add(current);
      }
    }
    long next = changes.isEmpty() ? since : changes.get(changes.size() - 1).seq();
    return json(
        200,
        Map.of(
            "upserts",
            upserts,
            "deleted",
            deleted,
            "next",
            next,
            "has_more",
            changes.size() == 50));
  }

  static MockResponse json(int status, Object body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(Json.write(body))
        .build();
  }

  /** The answer to a record without a name: a 400 naming the field. */
  private static MockResponse required(String message) {
    return json(
        400, Map.of("error", Map.of("code", "REQUIRED", "message", message, "field", "name")));
  }

  static MockResponse error(int status, String code, String message) {
    return json(status, Map.of("error", Map.of("code", code, "message", message)));
  }

  private static Map<String, Object> body(RecordedRequest request) {
    return request.getBody() == null || request.getBody().size() == 0
        ? Map.of()
        : Json.parseObject(request.getBody().utf8());
  }
}
