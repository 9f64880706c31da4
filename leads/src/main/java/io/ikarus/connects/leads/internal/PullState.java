package io.ikarus.connects.leads.internal;

import io.ikarus.connects.spi.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An IndiaMART pull checkpoint: the end of the last window read, when the API was last called, and
 * until when the key is blocked; saved as JSON.
 *
 * @param end end of the last window read
 * @param lastCall when the API was last called, or null
 * @param blockedUntil when IndiaMART's block ends, or null
 */
record PullState(Instant end, Instant lastCall, Instant blockedUntil) {

  static PullState parse(String checkpoint, Instant firstEnd) {
    if (checkpoint == null) {
      return new PullState(firstEnd, null, null);
    }
    Map<String, Object> m = Json.parseObject(checkpoint);
    return new PullState(
        instant(m.get("end")), instant(m.get("lastCall")), instant(m.get("blockedUntil")));
  }

  String format() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("end", end.toString());
    if (lastCall != null) {
      m.put("lastCall", lastCall.toString());
    }
    if (blockedUntil != null) {
      m.put("blockedUntil", blockedUntil.toString());
    }
    return Json.write(m);
  }

  private static Instant instant(Object v) {
    return v == null ? null : Instant.parse(v.toString());
  }
}
