package io.ikarus.connects.testkit.internal.dynamics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Web API response, before it is written to the wire or into a {@code $batch} part.
 *
 * @param status the HTTP status
 * @param headers the headers, in order
 * @param body the body, empty when none
 * @param records how many records it carried, for the journal
 */
record ApiResponse(int status, Map<String, String> headers, String body, int records) {

  /** Copies. */
  ApiResponse {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
  }

  /** A response without a body. */
  static ApiResponse empty(int status, Map<String, String> headers) {
    return new ApiResponse(status, with(headers, "OData-Version", "4.0"), "", 0);
  }

  /** A JSON response. */
  static ApiResponse json(int status, Map<String, String> headers, String json, int records) {
    Map<String, String> h = with(headers, "OData-Version", "4.0");
    h.put("Content-Type", "application/json; odata.metadata=minimal");
    return new ApiResponse(status, h, json, records);
  }

  /** The OData error body {@code {"error":{"code","message"}}} of {@code e}. */
  static ApiResponse error(ODataException e) {
    return json(e.status(), Map.of(), Json.error(e.code(), e.getMessage()), 0);
  }

  /** Returns this response with one more header. */
  ApiResponse withHeader(String name, String value) {
    return new ApiResponse(status, with(headers, name, value), body, records);
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return h;
  }
}
