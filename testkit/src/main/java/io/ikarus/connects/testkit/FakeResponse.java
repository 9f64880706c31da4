package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A response built by a fake's handler ({@link VendorApi}), before fault effects are applied.
 *
 * <p>Mutable builder-style: handlers create one with a factory and add headers. Not thread-safe.
 */
public final class FakeResponse {

  private final int status;
  private final String body;
  private final List<String[]> headers = new ArrayList<>();
  private int records;

  private FakeResponse(int status, String contentType, String body) {
    this.status = status;
    this.body = body;
    if (contentType != null) {
      headers.add(new String[] {"Content-Type", contentType});
    }
  }

  /** A JSON response; {@code value} is a Jackson node or any serializable value. */
  public static FakeResponse json(int status, Object value) {
    String text = value instanceof String s ? s : Json.write(value);
    return new FakeResponse(status, "application/json;charset=UTF-8", text);
  }

  /** A response with the given content type and text body. */
  public static FakeResponse text(int status, String contentType, String body) {
    return new FakeResponse(status, contentType, body);
  }

  /** A response without a body (204 and the like). */
  public static FakeResponse empty(int status) {
    return new FakeResponse(status, null, "");
  }

  /** Adds a header. */
  public FakeResponse header(String name, String value) {
    headers.add(new String[] {name, value});
    return this;
  }

  /** The first value of header {@code name} (any case), or null when absent. */
  public String header(String name) {
    for (String[] h : headers) {
      if (h[0].equalsIgnoreCase(name)) {
        return h[1];
      }
    }
    return null;
  }

  /** Sets how many records the call carried or returned, for the journal. */
  public FakeResponse records(int count) {
    this.records = count;
    return this;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The body text. */
  public String body() {
    return body;
  }

  /** The headers as name/value pairs, in order. */
  public List<String[]> headers() {
    return headers;
  }

  /** The records count for the journal. */
  public int records() {
    return records;
  }
}
