package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.Json;
import java.util.List;
import java.util.Map;

/**
 * Reads TradeIndia's inquiry responses, which come in several shapes: a bare array (usual), an
 * object wrapping it ({@code data}, {@code inquiries}, {@code result} or {@code records}), text
 * before the JSON, an {@code Error_Message} object under HTTP 200, or an HTML error page.
 */
public final class TradeIndiaBodies {

  private static final List<String> WRAPPERS = List.of("data", "inquiries", "result", "records");

  private TradeIndiaBodies() {}

  /**
   * The inquiries in {@code body}.
   *
   * @throws AuthenticationException for an {@code Error_Message} about the key or user
   * @throws ServerException for HTML, other errors and unreadable bodies
   */
  public static List<Object> inquiries(String body, String connector) {
    ErrorContext ctx = ErrorContext.of(connector, "pull");
    int start = firstJson(body);
    if (start < 0) {
      throw new ServerException("TradeIndia answered without JSON (an HTML error page?)", ctx);
    }
    Object parsed;
    try {
      parsed = Json.parse(body.substring(start));
    } catch (IllegalArgumentException e) {
      throw new ServerException("TradeIndia answered unreadable JSON", ctx);
    }
    if (parsed instanceof List<?> list) {
      if (list.size() == 1 && Payloads.map(list.get(0)).containsKey("Error_Message")) {
        throw error(Payloads.map(list.get(0)), ctx);
      }
      return Payloads.list(list);
    }
    Map<String, Object> object = Payloads.map(parsed);
    if (object.containsKey("Error_Message")) {
      throw error(object, ctx);
    }
    for (String w : WRAPPERS) {
      if (object.get(w) instanceof List<?> list) {
        return Payloads.list(list);
      }
    }
    throw new ServerException("TradeIndia answered an object without inquiries", ctx);
  }

  private static int firstJson(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '[' || c == '{') {
        return i;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static RuntimeException error(Map<String, Object> e, ErrorContext ctx) {
    String message = Payloads.text(e.get("Error_Message"));
    String detail = "TradeIndia error: " + message;
    String lower = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("key") || lower.contains("user") || lower.contains("auth")) {
      return new AuthenticationException(detail, ctx);
    }
    return new ServerException(detail, ctx);
  }
}
