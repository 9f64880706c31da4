package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.Forms;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP call a fake received, as kept in its {@link Journal}.
 *
 * <p>Header names are stored in lower case. {@code status} is the status the fake answered with (0
 * while the call is still being matched against faults), {@code records} how many records the call
 * carried or returned (records in a batch, rows in an uploaded CSV, rows in a query page).
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, without the query string
 * @param query the decoded query parameters, in request order
 * @param headers the request headers, names in lower case
 * @param body the request body as UTF-8 text, possibly truncated for very large uploads
 * @param records how many records the call carried or returned
 * @param status the HTTP status the fake answered with
 * @param receivedAt when the fake received the call, from its clock
 */
public record RecordedCall(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    int records,
    int status,
    Instant receivedAt) {

  /** Validates and copies. */
  public RecordedCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** The first value of a query parameter, or null when absent. */
  public String queryParameter(String name) {
    return Forms.first(query, name);
  }

  /** The first value of a header (name matched case-insensitively), or null when absent. */
  public String header(String name) {
    return Forms.first(headers, name.toLowerCase(Locale.ROOT));
  }

  /** True when the method equals {@code method} and the path starts with {@code pathPrefix}. */
  public boolean matches(String method, String pathPrefix) {
    return this.method.equalsIgnoreCase(method) && path.startsWith(pathPrefix);
  }

  /** A copy answered with {@code status}, carrying {@code records} records. */
  public RecordedCall answered(int status, int records) {
    return new RecordedCall(method, path, query, headers, body, records, status, receivedAt);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " (" + records + " records)";
  }
}
