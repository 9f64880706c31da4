package io.ikarus.connects.testkit.internal.hubspot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the fake sees it.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path segments, without the empty leading one
 * @param query the query parameters (a repeated or comma-separated parameter keeps every value)
 * @param headers request headers, names lower case
 * @param body the body text, empty when none
 */
public record Call(
    String method,
    List<String> path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body) {

  /** Copies. */
  public Call {
    path = List.copyOf(path);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
  }

  /** Parses a request target such as {@code /crm/v3/objects/contacts?limit=10}. */
  public static Call of(String method, String target, Map<String, String> headers, String body) {
    int q = target.indexOf('?');
    String rawPath = q < 0 ? target : target.substring(0, q);
    List<String> segments = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    Map<String, String> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    return new Call(method.toUpperCase(Locale.ROOT), segments, query, lower, body);
  }

  /** The first value of query parameter {@code name}, or null. */
  public String param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a parameter, splitting comma-separated lists. */
  public List<String> params(String name) {
    List<String> out = new ArrayList<>();
    for (String v : query.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  /** The header {@code name} (any case), or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The path segment at {@code index}, or null when the path is shorter. */
  public String segment(int index) {
    return index < path.size() ? path.get(index) : null;
  }
}
