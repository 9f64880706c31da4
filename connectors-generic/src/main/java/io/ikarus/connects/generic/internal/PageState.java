package io.ikarus.connects.generic.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the next page of a list starts: an offset, a page number, a cursor token or a next URL.
 * Immutable; stored in checkpoints as a small map.
 */
public record PageState(int offset, int page, String token, String url) {

  /** The state before the first page of a pagination starting at {@code start}. */
  public static PageState first(int start) {
    return new PageState(start, start, null, null);
  }

  /** As a map for a checkpoint. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offset", offset);
    m.put("page", page);
    if (token != null) {
      m.put("token", token);
    }
    if (url != null) {
      m.put("url", url);
    }
    return m;
  }

  /** From a checkpoint map, or null. */
  public static PageState fromMap(Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      return null;
    }
    return new PageState(
        ((Number) m.get("offset")).intValue(),
        ((Number) m.get("page")).intValue(),
        (String) m.get("token"),
        (String) m.get("url"));
  }
}
