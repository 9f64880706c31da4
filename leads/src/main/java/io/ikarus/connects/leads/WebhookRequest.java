package io.ikarus.connects.leads;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as any web framework hands it over: method, path, query, headers and the raw body
 * bytes (signatures are checked on these exact bytes). Header names are matched ignoring case.
 * {@link #toString()} leaves out headers and body.
 *
 * @param method HTTP method, such as {@code POST}
 * @param path the path, without the query
 * @param query decoded query parameters (first value per name kept first)
 * @param headers header values by name, names as sent
 * @param body the raw body; empty when none
 * @param remoteAddress the peer's IP address, or null when unknown
 */
public record WebhookRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body,
    String remoteAddress) {

  /** Validates and copies. */
  public WebhookRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    Map<String, List<String>> lower = new LinkedHashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Map.copyOf(lower);
    body = body == null ? new byte[0] : body;
  }

  /**
   * A request from a target such as {@code /leads/meta?hub.mode=subscribe} (the query is split and
   * decoded here).
   */
  public static WebhookRequest of(
      String method, String target, Map<String, List<String>> headers, byte[] body, String peer) {
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          String name = decode(eq < 0 ? pair : pair.substring(0, eq));
          String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
          query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
      }
    }
    return new WebhookRequest(method, path, query, headers, body, peer);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The first value of header {@code name} (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of query parameter {@code name}, or null. */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public String toString() {
    return "WebhookRequest[" + method + " " + path + ", bytes=" + body.length + "]";
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
