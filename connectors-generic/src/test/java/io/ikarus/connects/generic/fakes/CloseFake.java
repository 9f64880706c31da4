package io.ikarus.connects.generic.fakes;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Close's documented shapes, strictly: HTTP Basic with the API key as user name and an empty
 * password; {@code /api/v1/opportunity/} with {@code _skip}/{@code _limit} (400 above 100), {@code
 * data} + {@code has_more}, {@code lead_id} / {@code date_updated__gte} filters; PUT as a partial
 * update; the event log {@code /api/v1/event/?object_type&action} with {@code _cursor} / {@code
 * cursor_next} and {@code _limit} at most 50. Dates as {@code 2024-01-01T00:00:00.123000+00:00}.
 */
public final class CloseFake extends SmallFake {

  /** The API key the fake accepts. */
  public static final String KEY = "api_close_test";

  static final DateTimeFormatter CLOSE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);
  private static final Set<String> LIST =
      Set.of(
          "_skip", "_limit", "_fields", "lead_id", "status_type", "date_updated__gte", "_order_by");
  private static final Set<String> EVENTS =
      Set.of("object_type", "action", "_cursor", "_limit", "date_updated__gte");

  @Override
  public FakeResponse handle(FakeRequest r) {
    String basic =
        "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(r.header("Authorization"))) {
      return json(401, Map.of("error", "Unauthorized"));
    }
    List<String> s = r.segments();
    if (s.size() < 3
        || !s.get(0).equals("api")
        || !s.get(1).equals("v1")
        || !r.path().endsWith("/")) {
      return errorResponse(404);
    }
    String resource = s.get(2);
    if (resource.equals("event") && s.size() == 3) {
      return events(r);
    }
    if (!resource.equals("opportunity")) {
      return errorResponse(404);
    }
    if (s.size() == 3) {
      return r.method().equals("GET")
          ? list(r)
          : r.method().equals("POST") ? create(r) : errorResponse(405);
    }
    return one(r, s.get(3));
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return json(status, Map.of("error", "HTTP " + status));
  }

  private FakeResponse list(FakeRequest r) {
    FakeResponse bad = unknown(r, LIST);
    if (bad != null) {
      return bad;
    }
    int skip = r.param("_skip") == null ? 0 : Integer.parseInt(r.param("_skip"));
    int limit = r.param("_limit") == null ? 100 : Integer.parseInt(r.param("_limit"));
    if (limit > 100) {
      return json(
          400,
          Map.of(
              "field-errors", Map.of("_limit", "Ensure this value is less than or equal to 100.")));
    }
    Instant since =
        r.param("date_updated__gte") == null
            ? null
            : OffsetDateTime.parse(r.param("date_updated__gte")).toInstant();
    List<String> ids =
        table.select(
            id ->
                (r.param("lead_id") == null
                        || r.param("lead_id").equals(table.get(id).get("lead_id")))
                    && (since == null || !table.modified(id).isBefore(since)));
    List<Object> data = new ArrayList<>();
    ids.stream().skip(skip).limit(limit).forEach(id -> data.add(view(id)));
    return json(
        200,
        Map.of("data", data, "has_more", skip + limit < ids.size(), "total_results", ids.size()));
  }

  private FakeResponse events(FakeRequest r) {
    FakeResponse bad = unknown(r, EVENTS);
    if (bad != null) {
      return bad;
    }
    int limit = r.param("_limit") == null ? 50 : Integer.parseInt(r.param("_limit"));
    if (limit > 50 || !"deleted".equals(r.param("action")) || r.param("object_type") == null) {
      return json(400, Map.of("error", "unsupported filter combination or _limit above 50"));
    }
    List<Map<String, Object>> all = new ArrayList<>();
    table.deleted().entrySet().stream()
        .sorted(Map.Entry.<String, Instant>comparingByValue().reversed())
        .forEach(e -> all.add(event(e.getKey(), e.getValue())));
    int from = r.param("_cursor") == null ? 0 : Integer.parseInt(r.param("_cursor").substring(4));
    int to = Math.min(all.size(), from + limit);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("data", all.subList(from, to));
    out.put("cursor_next", to < all.size() ? "cur_" + to : null);
    return json(200, out);
  }

  private static Map<String, Object> event(String id, Instant at) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", "ev_" + id);
    e.put("object_type", "opportunity");
    e.put("object_id", "oppo_" + id);
    e.put("action", "deleted");
    e.put("date_updated", CLOSE_TIME.format(at));
    e.put("data", null);
    return e;
  }

  private FakeResponse create(FakeRequest r) {
    Map<String, Object> fields = body(r);
    if (!(fields.get("lead_id") instanceof String)) {
      return json(400, Map.of("field-errors", Map.of("lead_id", "This field is required.")));
    }
    String id = "oppo_" + table.insert(fields);
    return json(200, view(id));
  }

  private FakeResponse one(FakeRequest r, String id) {
    String key = id.startsWith("oppo_") ? id.substring(5) : "";
    if (table.get(key) == null) {
      return json(404, Map.of("error", "Empty query: Opportunity matching query does not exist."));
    }
    switch (r.method()) {
      case "GET":
        return json(200, view(id));
      case "PUT":
        table.update(key, body(r));
        return json(200, view(id));
      case "DELETE":
        table.delete(key);
        return json(200, Map.of());
      default:
        return errorResponse(405);
    }
  }

  private FakeResponse unknown(FakeRequest r, Set<String> allowed) {
    for (String p : r.query().keySet()) {
      if (!allowed.contains(p)) {
        return json(400, Map.of("error", "Unknown parameter: " + p));
      }
    }
    return null;
  }

  private Map<String, Object> view(String id) {
    String key = id.startsWith("oppo_") ? id.substring(5) : id;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id.startsWith("oppo_") ? id : "oppo_" + id);
    out.putAll(table.get(key));
    out.put("date_updated", CLOSE_TIME.format(table.modified(key)));
    return out;
  }
}
