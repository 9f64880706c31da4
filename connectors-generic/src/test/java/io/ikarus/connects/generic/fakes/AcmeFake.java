package io.ikarus.connects.generic.fakes;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small strict REST API with page numbers and RFC 8288 {@code Link} headers: {@code /v1/people}
 * (list: {@code page}, {@code per_page} at most 100, filters {@code name}, {@code email}, {@code
 * name_contains}, {@code updated_since}), CRUD on {@code /v1/people/{id}}, and {@code
 * /v1/people/deleted?since=}. Lists are top-level arrays; an {@code X-Api-Key} header is required;
 * an unknown parameter or field is a 400/422.
 */
public final class AcmeFake extends SmallFake {

  /** The API key the fake accepts. */
  public static final String KEY = "acme-test-key";

  private static final Set<String> LIST =
      Set.of("page", "per_page", "name", "email", "name_contains", "updated_since");
  private static final Set<String> FIELDS = Set.of("name", "email");

  @Override
  public FakeResponse handle(FakeRequest r) {
    if (!KEY.equals(r.header("X-Api-Key"))) {
      return json(401, Map.of("error", "invalid api key"));
    }
    List<String> s = r.segments();
    if (s.size() < 2 || !s.get(0).equals("v1") || !s.get(1).equals("people")) {
      return json(404, Map.of("error", "no such route"));
    }
    if (s.size() == 2) {
      return r.method().equals("GET")
          ? list(r)
          : r.method().equals("POST") ? create(r) : errorResponse(405);
    }
    if (s.size() == 3 && s.get(2).equals("deleted")) {
      return deleted(r);
    }
    return s.size() == 3 ? one(r, s.get(2)) : errorResponse(404);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return json(status, Map.of("error", "status " + status));
  }

  private FakeResponse list(FakeRequest r) {
    for (String p : r.query().keySet()) {
      if (!LIST.contains(p)) {
        return json(400, Map.of("error", "unknown parameter " + p));
      }
    }
    Instant since =
        r.param("updated_since") == null ? null : Instant.parse(r.param("updated_since"));
    List<String> ids =
        table.select(
            id ->
                matches(table.get(id), "name", r.param("name"))
                    && matches(table.get(id), "email", r.param("email"))
                    && contains(table.get(id), r.param("name_contains"))
                    && (since == null || !table.modified(id).isBefore(since)));
    List<Object> rows = new ArrayList<>();
    ids.forEach(id -> rows.add(view(id)));
    return paged(r, rows);
  }

  private FakeResponse deleted(FakeRequest r) {
    Instant since = r.param("since") == null ? Instant.EPOCH : Instant.parse(r.param("since"));
    List<Object> rows = new ArrayList<>();
    table.deleted().entrySet().stream()
        .filter(e -> !e.getValue().isBefore(since))
        .forEach(e -> rows.add(Map.of("id", e.getKey(), "deleted_at", e.getValue().toString())));
    return paged(r, rows);
  }

  private FakeResponse paged(FakeRequest r, List<Object> rows) {
    int page = r.param("page") == null ? 1 : Integer.parseInt(r.param("page"));
    int size = r.param("per_page") == null ? 30 : Integer.parseInt(r.param("per_page"));
    if (size < 1 || size > 100 || page < 1) {
      return json(400, Map.of("error", "per_page must be 1..100 and page at least 1"));
    }
    int from = Math.min(rows.size(), (page - 1) * size);
    int to = Math.min(rows.size(), from + size);
    FakeResponse out = json(200, rows.subList(from, to));
    if (to < rows.size()) {
      out.header(
          "Link", "<" + link(r, page + 1) + ">; rel=\"next\", <" + link(r, 1) + ">; rel=\"first\"");
    }
    return out;
  }

  private String link(FakeRequest r, int page) {
    StringBuilder q = new StringBuilder();
    r.query()
        .forEach(
            (k, v) -> {
              if (!k.equals("page")) {
                v.forEach(x -> q.append('&').append(k).append('=').append(encode(x)));
              }
            });
    return url() + r.path() + "?page=" + page + q;
  }

  private FakeResponse create(FakeRequest r) {
    Map<String, Object> fields = body(r);
    FakeResponse invalid = validate(fields, true);
    if (invalid != null) {
      return invalid;
    }
    return json(201, view(table.insert(fields)));
  }

  private FakeResponse one(FakeRequest r, String id) {
    if (table.get(id) == null) {
      return json(404, Map.of("error", "person " + id + " not found"));
    }
    switch (r.method()) {
      case "GET":
        return json(200, view(id));
      case "PATCH":
        Map<String, Object> fields = body(r);
        FakeResponse invalid = validate(fields, false);
        if (invalid != null) {
          return invalid;
        }
        table.update(id, fields);
        return json(200, view(id));
      case "DELETE":
        table.delete(id);
        return FakeResponse.empty(204);
      default:
        return errorResponse(405);
    }
  }

  private static FakeResponse validate(Map<String, Object> fields, boolean create) {
    for (String f : fields.keySet()) {
      if (!FIELDS.contains(f)) {
        return json(422, Map.of("error", "validation", "field", f, "message", "unknown field"));
      }
    }
    Object email = fields.get("email");
    if ((create && email == null) || (email != null && !email.toString().contains("@"))) {
      return json(422, Map.of("error", "validation", "field", "email", "message", "invalid email"));
    }
    return null;
  }

  private Map<String, Object> view(String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", Long.parseLong(id));
    out.putAll(table.get(id));
    out.put("updated_at", table.modified(id).toString());
    return out;
  }

  private static boolean matches(Map<String, Object> row, String field, String value) {
    return value == null || value.equals(row.get(field));
  }

  private static boolean contains(Map<String, Object> row, String value) {
    return value == null || (row.get("name") != null && row.get("name").toString().contains(value));
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
