package io.ikarus.connects.dynamics.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One write inside a {@code $batch}: a request for one input record.
 *
 * @param index the input's position in the caller's list
 * @param method POST, PATCH or DELETE
 * @param url the absolute URL of the request
 * @param headers extra request headers, such as {@code If-Match: *}
 * @param json the JSON body, or null for none
 * @param inputId the id the caller gave (updates, deletes), or null
 */
public record BatchOp(
    int index,
    String method,
    String url,
    Map<String, String> headers,
    String json,
    String inputId) {

  /** Validates and copies. */
  public BatchOp {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }
}
