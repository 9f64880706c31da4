package io.ikarus.connects.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code multipart/mixed} bodies whose parts are {@code application/http}
 * messages, optionally grouped in nested {@code multipart/mixed} parts: the body format of OData
 * {@code $batch} (with change sets) and of other HTTP batch APIs (RFC 2046, RFC 7230 message
 * syntax). Not vendor-specific: a connector builds the messages, this class only frames them.
 *
 * <p>Writing always uses CRLF line ends. Reading accepts CRLF or bare LF. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * String body = HttpMultipart.write("batch_1", List.of(
 *     HttpMultipart.Message.of(Map.of(), "GET /api/data/v9.2/WhoAmI HTTP/1.1", Map.of(), "")));
 * }</pre>
 */
public final class HttpMultipart {

  private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");

  private HttpMultipart() {}

  /** One part: an HTTP message, or a nested group of them (an OData change set). */
  public sealed interface Part permits Message, Group {
    /** The MIME headers of the part itself, such as {@code Content-ID}. */
    Map<String, String> partHeaders();

    /** The part header {@code name}, compared case-insensitively, or null. */
    default String partHeader(String name) {
      return lookup(partHeaders(), name);
    }
  }

  /**
   * An {@code application/http} part.
   *
   * @param partHeaders MIME headers of the part (without Content-Type, which is implied)
   * @param startLine the request line ({@code POST /x HTTP/1.1}) or status line
   * @param headers the message's own headers
   * @param body the message body; empty when none
   */
  public record Message(
      Map<String, String> partHeaders, String startLine, Map<String, String> headers, String body)
      implements Part {

    /** Validates and copies. */
    public Message {
      partHeaders = copy(partHeaders);
      Objects.requireNonNull(startLine, "startLine");
      headers = copy(headers);
      body = body == null ? "" : body;
    }

    /** Returns a message. */
    public static Message of(
        Map<String, String> partHeaders,
        String startLine,
        Map<String, String> headers,
        String body) {
      return new Message(partHeaders, startLine, headers, body);
    }

    /** The message header {@code name}, compared case-insensitively, or null. */
    public String header(String name) {
      return lookup(headers, name);
    }

    /** For a status line such as {@code HTTP/1.1 204 No Content}, the status code; else -1. */
    public int status() {
      String[] words = startLine.split(" ", 3);
      return words.length >= 2 && words[0].startsWith("HTTP/") && words[1].matches("\\d{3}")
          ? Integer.parseInt(words[1])
          : -1;
    }
  }

  /**
   * A nested {@code multipart/mixed} part holding messages (an OData change set).
   *
   * @param partHeaders MIME headers of the group (without Content-Type, which is implied)
   * @param boundary the nested boundary
   * @param messages the grouped messages, in order
   */
  public record Group(Map<String, String> partHeaders, String boundary, List<Message> messages)
      implements Part {

    /** Validates and copies. */
    public Group {
      partHeaders = copy(partHeaders);
      Objects.requireNonNull(boundary, "boundary");
      messages = List.copyOf(messages);
    }
  }

  /**
   * Returns the {@code boundary} parameter of a {@code multipart/mixed} content type.
   *
   * @throws IllegalArgumentException when the type is not multipart/mixed or has no boundary
   */
  public static String boundary(String contentType) {
    String ct = contentType == null ? "" : contentType;
    if (!ct.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
      throw new IllegalArgumentException("not a multipart/mixed content type: " + contentType);
    }
    Matcher m = BOUNDARY.matcher(ct);
    if (!m.find()) {
      throw new IllegalArgumentException("multipart/mixed without a boundary: " + contentType);
    }
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  /** Writes {@code parts} framed by {@code boundary}, with the closing delimiter. */
  public static String write(String boundary, List<? extends Part> parts) {
    StringBuilder sb = new StringBuilder();
    for (Part part : parts) {
      sb.append("--").append(boundary).append("\r\n");
      if (part instanceof Group g) {
        sb.append("Content-Type: multipart/mixed; boundary=").append(g.boundary()).append("\r\n");
        appendHeaders(sb, g.partHeaders()).append("\r\n");
        sb.append(write(g.boundary(), g.messages()));
      } else {
        Message m = (Message) part;
        sb.append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        appendHeaders(sb, m.partHeaders()).append("\r\n");
        sb.append(m.startLine()).append("\r\n");
        appendHeaders(sb, m.headers()).append("\r\n");
        sb.append(m.body()).append("\r\n");
      }
    }
    return sb.append("--").append(boundary).append("--\r\n").toString();
  }

  /**
   * Parses a body framed by {@code boundary} into its parts.
   *
   * @throws IllegalArgumentException naming what is malformed
   */
  public static List<Part> parse(String boundary, String body) {
    return MultipartReader.parse(boundary, body);
  }

  static String lookup(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static StringBuilder appendHeaders(StringBuilder sb, Map<String, String> headers) {
    headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    return sb;
  }

  private static Map<String, String> copy(Map<String, String> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m == null ? Map.of() : m));
  }

  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\r?\n", -1)));
  }
}
