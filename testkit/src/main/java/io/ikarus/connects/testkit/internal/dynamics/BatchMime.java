package io.ikarus.connects.testkit.internal.dynamics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.MultipartReader;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The {@code $batch} body as MIME, read with OkHttp's {@link MultipartReader} and written with its
 * {@link MultipartBody}: a codec of its own, independent of the connector's, so the fake refuses
 * what a strict MIME reader refuses (LF-only delimiters, a missing closing boundary, parts of the
 * wrong type) and catches the connector's encoding bugs instead of sharing them.
 */
final class BatchMime {

  private static final MediaType HTTP = MediaType.get("application/http");

  private BatchMime() {}

  /** A batch part: one HTTP message or a change set. */
  sealed interface Part permits Message, Group {}

  /**
   * An {@code application/http} part.
   *
   * @param contentId the part's Content-ID header, or null
   * @param startLine the request or status line
   * @param headers the HTTP message's headers
   * @param body the HTTP message's body, empty when none
   */
  record Message(String contentId, String startLine, Map<String, String> headers, String body)
      implements Part {

    Message {
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
  }

  /** A nested {@code multipart/mixed} change set. */
  record Group(String boundary, List<Message> messages) implements Part {}

  /**
   * The parts of a body of type {@code contentType}.
   *
   * @throws IllegalArgumentException naming what is malformed
   */
  static List<Part> parse(String contentType, String body) {
    List<Part> parts = new ArrayList<>();
    try (MultipartReader reader =
        new MultipartReader(new Buffer().writeUtf8(body), boundary(contentType))) {
      MultipartReader.Part p;
      while ((p = reader.nextPart()) != null) {
        parts.add(part(p.headers(), p.body().readUtf8()));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return parts;
  }

  /** The body holding {@code parts} framed by {@code boundary}, closing delimiter included. */
  static String write(String boundary, List<? extends Part> parts) {
    Buffer out = new Buffer();
    try {
      body(boundary, parts).writeTo(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to a buffer", e);
    }
    return out.readUtf8();
  }

  private static MultipartBody body(String boundary, List<? extends Part> parts) {
    MultipartBody.Builder builder =
        new MultipartBody.Builder(boundary).setType(MultipartBody.MIXED);
    for (Part part : parts) {
      if (part instanceof Group g) {
        builder.addPart(Headers.of(), body(g.boundary(), g.messages()));
      } else {
        Message m = (Message) part;
        Headers.Builder headers = new Headers.Builder();
        if (m.contentId() != null) {
          headers.add("Content-ID", m.contentId());
        }
        headers.add("Content-Transfer-Encoding", "binary");
        builder.addPart(headers.build(), RequestBody.create(http(m), HTTP));
      }
    }
    return builder.build();
  }

  private static byte[] http(Message m) {
    StringBuilder sb = new StringBuilder(m.startLine()).append("\r\n");
    m.headers().forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
    return sb.append("\r\n").append(m.body()).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Part part(Headers mime, String content) {
    String type = mime.get("Content-Type");
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (lower.startsWith("multipart/mixed")) {
      List<Message> messages = new ArrayList<>();
      for (Part p : parse(type, content)) {
        if (!(p instanceof Message m)) {
          throw new IllegalArgumentException("a change set cannot contain another change set");
        }
        messages.add(m);
      }
      return new Group(boundary(type), messages);
    }
    if (!lower.startsWith("application/http")) {
      throw new IllegalArgumentException(
          "a batch part must be application/http or multipart/mixed, not " + type);
    }
    return message(mime.get("Content-ID"), content);
  }

  private static Message message(String contentId, String content) {
    int end = content.indexOf("\r\n\r\n");
    String head = end < 0 ? content : content.substring(0, end);
    String body = end < 0 ? "" : content.substring(end + 4);
    String[] lines = head.split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("malformed header line in a batch part: " + lines[i]);
      }
      headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
    }
    return new Message(contentId, lines[0], headers, body);
  }

  private static String boundary(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    if (type == null || !type.type().equals("multipart") || !type.subtype().equals("mixed")) {
      throw new IllegalArgumentException("not a multipart/mixed content type: " + contentType);
    }
    String boundary = type.parameter("boundary");
    if (boundary == null) {
      throw new IllegalArgumentException("multipart/mixed without a boundary: " + contentType);
    }
    return boundary;
  }
}
