package io.ikarus.connects.testkit.internal.dynamics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Web API request, from the wire or from inside a {@code $batch}.
 *
 * @param method the HTTP method
 * @param resource the path after {@code /api/data/v9.2/}, still percent-decoded per segment
 * @param query the decoded query options, such as {@code $filter}
 * @param headers the request headers (looked up case-insensitively)
 * @param body the request body, empty when none
 */
record ApiRequest(
    String method,
    String resource,
    Map<String, String> query,
    Map<String, String> headers,
    String body) {

  /** Copies. */
  ApiRequest {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
  }

  /** The header {@code name}, case-insensitively, or null. */
  String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** True when the {@code Prefer} header carries {@code preference} (name or name=value). */
  boolean prefers(String preference) {
    return preference(preference) != null;
  }

  /** The value of a {@code Prefer} preference ({@code ""} when it has none), or null. */
  String preference(String name) {
    String prefer = header("Prefer");
    if (prefer == null) {
      return null;
    }
    for (String p : prefer.split(",")) {
      String t = p.strip();
      if (t.equals(name)) {
        return "";
      }
      if (t.startsWith(name + "=")) {
        return t.substring(name.length() + 1).replace("\"", "");
      }
    }
    return null;
  }
}
