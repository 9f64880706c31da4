package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.internal.Forms;
import io.ikarus.connects.testkit.internal.Json;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A request as the fakes' handlers ({@link VendorApi}) see it: decoded path segments, query
 * parameters, headers with lower-case names and the body as text. Not thread-safe: a handler uses
 * it on the server's one handler thread at a time.
 */
public final class FakeRequest {

  private final String method;
  private final String path;
  private final List<String> segments;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final long receivedNanos = System.nanoTime();
  private JsonNode json;

  private FakeRequest(String method, HttpUrl url, Map<String, List<String>> headers, String body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.path = "/" + String.join("/", url.pathSegments());
    this.segments = url.pathSegments().stream().filter(s -> !s.isEmpty()).toList();
    this.query = Collections.unmodifiableMap(Forms.query(url));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body == null ? "" : body;
  }

  /**
   * A request parsed from a request target such as {@code /crm/v3/objects/contacts?limit=10}, for
   * calling a handler in-process; header names are stored in lower case.
   */
  public static FakeRequest of(
      String method, String target, Map<String, String> headers, String body) {
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.of(v)));
    return of(method, HttpUrl.get("http://in-process.invalid" + target), lower, body);
  }

  /** The request view of a call to {@code url}; header names must be lower case already. */
  public static FakeRequest of(
      String method, HttpUrl url, Map<String, List<String>> headers, String body) {
    return new FakeRequest(method, url, headers, body);
  }

  /** The upper-case method. */
  public String method() {
    return method;
  }

  /** The decoded path without query. */
  public String path() {
    return path;
  }

  /** The non-empty path segments. */
  public List<String> segments() {
    return segments;
  }

  /** The path segment at {@code index}, or null when the path is shorter. */
  public String segment(int index) {
    return index < segments.size() ? segments.get(index) : null;
  }

  /** The decoded query parameters. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The first value of a query parameter, or null. */
  public String param(String name) {
    return Forms.first(query, name);
  }

  /** Every value of a query parameter, comma-separated lists split and trimmed. */
  public List<String> params(String name) {
    return query.getOrDefault(name, List.of()).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .filter(part -> !part.isBlank())
        .map(String::trim)
        .toList();
  }

  /** The headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return Forms.first(headers, name.toLowerCase(Locale.ROOT));
  }

  /** The media type of the body without parameters, lower case, or "" when absent. */
  public String mediaType() {
    String value = header("content-type");
    return value == null ? "" : value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }

  /**
   * When the request arrived ({@link System#nanoTime()}), before it waited for the handler lock;
   * rate limits measure this, as the vendor's would.
   */
  public long receivedNanos() {
    return receivedNanos;
  }

  /** The body as text ("" when empty). */
  public String body() {
    return body;
  }

  /** The body parsed as JSON; throws {@link JsonProcessingException} when it is not JSON. */
  public JsonNode json() throws JsonProcessingException {
    if (json == null) {
      json = Json.parse(body);
    }
    return json;
  }
}
