package io.ikarus.connects.testkit.internal.hubspot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP answer of the fake: status, headers and a body (empty for none).
 *
 * @param status the HTTP status
 * @param headers response headers
 * @param body the body text, JSON unless a header says otherwise
 */
public record Reply(int status, Map<String, String> headers, String body) {

  /** Copies. */
  public Reply {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
  }

  /** A JSON reply. */
  public static Reply json(int status, String body) {
    return new Reply(status, Map.of("Content-Type", "application/json;charset=utf-8"), body);
  }

  /** A reply with no body, such as 204. */
  public static Reply empty(int status) {
    return new Reply(status, Map.of(), "");
  }

  /** Returns a copy with one more header. */
  public Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, h, body);
  }
}
