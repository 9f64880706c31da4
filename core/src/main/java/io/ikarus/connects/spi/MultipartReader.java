package io.ikarus.connects.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parsing half of {@link HttpMultipart}: line-oriented, CRLF or LF. */
final class MultipartReader {

  private MultipartReader() {}

  static List<HttpMultipart.Part> parse(String boundary, String body) {
    List<HttpMultipart.Part> parts = new ArrayList<>();
    for (List<String> section : sections(boundary, body)) {
      parts.add(part(section));
    }
    return parts;
  }

  private static List<List<String>> sections(String boundary, String body) {
    String open = "--" + boundary;
    String close = open + "--";
    List<List<String>> sections = new ArrayList<>();
    List<String> current = null;
    boolean closed = false;
    for (String line : HttpMultipart.lines(body)) {
      String t = line.strip();
      if (t.equals(close)) {
        closed = true;
        break;
      }
      if (t.equals(open)) {
        current = new ArrayList<>();
        sections.add(current);
      } else if (current != null) {
        current.add(line);
      }
    }
    if (!closed) {
      throw new IllegalArgumentException("multipart body lacks the closing delimiter --" + close);
    }
    return sections;
  }

  private static HttpMultipart.Part part(List<String> lines) {
    int[] at = {0};
    Map<String, String> partHeaders = headers(lines, at);
    String type = HttpMultipart.lookup(partHeaders, "Content-Type");
    partHeaders.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Type"));
    String rest = String.join("\r\n", lines.subList(at[0], lines.size()));
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
      String inner = HttpMultipart.boundary(type);
      List<HttpMultipart.Message> messages = new ArrayList<>();
      for (HttpMultipart.Part p : parse(inner, rest)) {
        if (!(p instanceof HttpMultipart.Message m)) {
          throw new IllegalArgumentException("multipart groups cannot nest");
        }
        messages.add(m);
      }
      return new HttpMultipart.Group(partHeaders, inner, messages);
    }
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/http")) {
      throw new IllegalArgumentException("part Content-Type must be application/http: " + type);
    }
    partHeaders.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Transfer-Encoding"));
    return message(partHeaders, lines, at);
  }

  private static HttpMultipart.Message message(
      Map<String, String> partHeaders, List<String> lines, int[] at) {
    while (at[0] < lines.size() && lines.get(at[0]).isBlank()) {
      at[0]++;
    }
    if (at[0] >= lines.size()) {
      throw new IllegalArgumentException("application/http part without a start line");
    }
    String startLine = lines.get(at[0]++).strip();
    Map<String, String> headers = headers(lines, at);
    int end = lines.size();
    while (end > at[0] && lines.get(end - 1).isBlank()) {
      end--;
    }
    String body = String.join("\r\n", lines.subList(at[0], end));
    return new HttpMultipart.Message(partHeaders, startLine, headers, body);
  }

  private static Map<String, String> headers(List<String> lines, int[] at) {
    Map<String, String> headers = new LinkedHashMap<>();
    while (at[0] < lines.size() && !lines.get(at[0]).isBlank()) {
      String line = lines.get(at[0]++);
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("malformed header line: " + line);
      }
      headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    if (at[0] < lines.size()) {
      at[0]++;
    }
    return headers;
  }
}
