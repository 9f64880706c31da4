package io.ikarus.connects.dynamics.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the service answered for one {@link BatchOp}.
 *
 * @param op the request
 * @param status the HTTP status of its response; 0 when it has none of its own
 * @param headers the response headers (names as sent)
 * @param body the response body, possibly empty
 * @param rolledBack true when it was rolled back because another request of its change set failed
 *     (then {@code status}/{@code body} are the failing request's)
 */
public record BatchOutcome(
    BatchOp op, int status, Map<String, String> headers, String body, boolean rolledBack) {

  /** Copies. */
  public BatchOutcome {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** True for a 2xx answer of its own. */
  public boolean isSuccess() {
    return !rolledBack && status >= 200 && status < 300;
  }

  /** The response header {@code name}, compared case-insensitively, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
