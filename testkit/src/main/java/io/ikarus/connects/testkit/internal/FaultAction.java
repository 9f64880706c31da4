package io.ikarus.connects.testkit.internal;

import java.time.Duration;
import java.util.Map;

/**
 * What a fault rule does to one call.
 *
 * @param kind the kind of damage
 * @param status the status to answer with ({@link Kind#FAIL} only)
 * @param body the body to answer with, or null for the vendor's error body ({@link Kind#FAIL})
 * @param headers extra response headers ({@link Kind#FAIL})
 * @param delay how long to hold the response ({@link Kind#DELAY})
 */
public record FaultAction(
    Kind kind, int status, String body, Map<String, String> headers, Duration delay) {

  /** The kinds of damage. */
  public enum Kind {
    /** Answer with an error instead of processing. */
    FAIL,
    /** Process, then hold the response. */
    DELAY,
    /** Process, then drop the connection mid-body. */
    DROP,
    /** Process, then answer with a truncated body. */
    MALFORMED
  }

  /** Copies the headers. */
  public FaultAction {
    headers = Map.copyOf(headers);
  }

  public static FaultAction fail(int status, String body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status code, not " + status);
    }
    return new FaultAction(Kind.FAIL, status, body, headers, Duration.ZERO);
  }

  public static FaultAction delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new FaultAction(Kind.DELAY, 0, null, Map.of(), delay);
  }

  public static FaultAction drop() {
    return new FaultAction(Kind.DROP, 0, null, Map.of(), Duration.ZERO);
  }

  public static FaultAction malformed() {
    return new FaultAction(Kind.MALFORMED, 0, null, Map.of(), Duration.ZERO);
  }
}
