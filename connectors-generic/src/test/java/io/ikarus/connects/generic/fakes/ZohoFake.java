package io.ikarus.connects.generic.fakes;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Zoho CRM v8's documented shapes, strictly: a refresh-token grant at {@code /oauth/v2/token}
 * answering {@code api_domain}; {@code Authorization: Zoho-oauthtoken}; {@code /crm/v8/Leads} with
 * the mandatory {@code fields}, {@code per_page} at most 200, {@code page} only within the first
 * 2,000 records and {@code page_token} beyond, {@code If-Modified-Since}, 204 for an empty result;
 * {@code /search?criteria=} with backslash escapes; {@code /upsert}; {@code /deleted}; errors as
 * {@code {data:[{code, details, message, status:"error"}]}}.
 */
public final class ZohoFake extends SmallFake {

  /** The client credentials and refresh token the fake accepts. */
  public static final String CLIENT_ID = "1000.ZOHO", SECRET = "zsecret", REFRESH = "1000.refresh";

  private static final DateTimeFormatter ZOHO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.ofHours(5));
  private final List<String> tokens = new ArrayList<>();
  private final ZohoSearch search = new ZohoSearch();

  @Override
  public FakeResponse handle(FakeRequest r) {
    if (r.path().equals("/oauth/v2/token")) {
      return token(r);
    }
    String auth = r.header("Authorization");
    if (auth == null
        || !auth.startsWith("Zoho-oauthtoken ")
        || !tokens.contains(auth.substring(16))) {
      return json(
          401,
          Map.of(
              "code",
              "INVALID_TOKEN",
              "details",
              Map.of(),
              "message",
              "invalid oauth token",
              "status",
              "error"));
    }
    List<String> s = r.segments();
    if (s.size() < 3
        || !s.get(0).equals("crm")
        || !s.get(1).equals("v8")
        || !s.get(2).equals("Leads")) {
      return errorResponse(404);
    }
    if (s.size() == 3) {
      return r.method().equals("GET")
          ? list(r, id -> true)
          : r.method().equals("POST") ? write(r, null) : errorResponse(405);
    }
    return switch (s.get(3)) {
      case "search" -> list(r, search.parse(r.param("criteria"), table));
      case "upsert" -> upsert(r);
      case "deleted" -> deleted(r);
      default -> one(r, s.get(3));
    };
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return json(
        status,
        Map.of(
            "code",
            "ERROR_" + status,
            "details",
            Map.of(),
            "message",
            "HTTP " + status,
            "status",
            "error"));
  }

  private FakeResponse token(FakeRequest r) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : r.body().split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(
          kv[0],
          java.net.URLDecoder.decode(
              kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!"refresh_token".equals(form.get("grant_type"))
        || !CLIENT_ID.equals(form.get("client_id"))
        || !SECRET.equals(form.get("client_secret"))
        || !REFRESH.equals(form.get("refresh_token"))) {
      return json(200, Map.of("error", "invalid_code"));
    }
    String t = "1000.access." + tokens.size();
    tokens.add(t);
    return json(
        200,
        Map.of("access_token", t, "api_domain", url(), "token_type", "Bearer", "expires_in", 3600));
  }

  private FakeResponse list(FakeRequest r, Predicate<String> filter) {
    if (r.param("fields") == null) {
      return error(
          400, "REQUIRED_PARAM_MISSING", "fields", "One of the expected parameter is missing");
    }
    int perPage = r.param("per_page") == null ? 200 : Integer.parseInt(r.param("per_page"));
    String token = r.param("page_token");
    int page = r.param("page") == null ? 1 : Integer.parseInt(r.param("page"));
    if (perPage > 200 || (token != null && r.param("page") != null)) {
      return error(400, "INVALID_DATA", "per_page", "invalid paging parameters");
    }
    if (token == null && page * perPage > 2000) {
      return error(
          400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED", "page", "use page_token beyond 2000 records");
    }
    Instant since =
        r.header("If-Modified-Since") == null
            ? null
            : OffsetDateTime.parse(r.header("If-Modified-Since")).toInstant();
    List<String> ids =
        table.select(
            id -> filter.test(id) && (since == null || !table.modified(id).isBefore(since)));
    int from = token != null ? Integer.parseInt(token.substring(3)) : (page - 1) * perPage;
    int to = Math.min(ids.size(), from + perPage);
    if (from >= to) {
      return FakeResponse.empty(204);
    }
    List<Object> data = new ArrayList<>();
    ids.subList(from, to).forEach(id -> data.add(view(id)));
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("per_page", perPage);
    info.put("count", data.size());
    info.put("page", page);
    info.put("more_records", to < ids.size());
    info.put("next_page_token", to < ids.size() ? "pt_" + to : null);
    return json(200, Map.of("data", data, "info", info));
  }

  private FakeResponse deleted(FakeRequest r) {
    List<Object> data = new ArrayList<>();
    table
        .deleted()
        .forEach(
            (id, at) ->
                data.add(
                    Map.of("id", id, "deleted_time", ZOHO_TIME.format(at), "type", "recycle")));
    if (data.isEmpty()) {
      return FakeResponse.empty(204);
    }
    return json(
        200, Map.of("data", data, "info", Map.of("more_records", false, "count", data.size())));
  }

  private FakeResponse one(FakeRequest r, String id) {
    if (table.get(id) == null) {
      return r.method().equals("GET")
          ? FakeResponse.empty(204)
          : error(400, "INVALID_DATA", "id", "the related id given seems to be invalid");
    }
    switch (r.method()) {
      case "GET":
        return json(200, Map.of("data", List.of(view(id))));
      case "PUT":
        return write(r, id);
      case "DELETE":
        table.delete(id);
        return json(200, Map.of("data", List.of(success(id, "record deleted"))));
      default:
        return errorResponse(405);
    }
  }

  @SuppressWarnings("unchecked")
  private FakeResponse write(FakeRequest r, String id) {
    List<Object> data = (List<Object>) body(r).get("data");
    if (data == null || data.size() != 1) {
      return error(400, "INVALID_DATA", "data", "expected one record in data");
    }
    Map<String, Object> fields = (Map<String, Object>) data.get(0);
    FakeResponse bad = validate(fields, id == null);
    if (bad != null) {
      return bad;
    }
    if (id == null) {
      String created = table.insert(fields);
      return json(201, Map.of("data", List.of(success(created, "record added"))));
    }
    table.update(id, fields);
    return json(200, Map.of("data", List.of(success(id, "record updated"))));
  }

  @SuppressWarnings("unchecked")
  private FakeResponse upsert(FakeRequest r) {
    Map<String, Object> body = body(r);
    Map<String, Object> fields = ((List<Map<String, Object>>) body.get("data")).get(0);
    String key = ((List<String>) body.get("duplicate_check_fields")).get(0);
    List<String> found =
        table.select(
            id -> fields.get(key) != null && fields.get(key).equals(table.get(id).get(key)));
    if (found.isEmpty()) {
      return write(r, null);
    }
    table.update(found.get(0), fields);
    return json(200, Map.of("data", List.of(success(found.get(0), "record updated"))));
  }

  private static FakeResponse validate(Map<String, Object> fields, boolean create) {
    if (create
        && (fields.get("Last_Name") == null || fields.get("Last_Name").toString().isBlank())) {
      return error(400, "MANDATORY_NOT_FOUND", "Last_Name", "required field not found");
    }
    Object email = fields.get("Email");
    if (email != null && !email.toString().contains("@")) {
      return error(400, "INVALID_DATA", "Email", "invalid data");
    }
    return null;
  }

  private Map<String, Object> success(String id, String message) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("id", id);
    details.put(
        "Modified_Time",
        ZOHO_TIME.format(table.modified(id) == null ? Instant.now() : table.modified(id)));
    return Map.of("code", "SUCCESS", "details", details, "message", message, "status", "success");
  }

  private static FakeResponse error(int status, String code, String field, String message) {
    Map<String, Object> e =
        Map.of(
            "code",
            code,
            "details",
            Map.of("api_name", field),
            "message",
            message,
            "status",
            "error");
    return json(status, Map.of("data", List.of(e)));
  }

  private Map<String, Object> view(String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.putAll(table.get(id));
    out.put("Modified_Time", ZOHO_TIME.format(table.modified(id)));
    return out;
  }
}
