package io.ikarus.connects.spi;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.error.OutcomeUnknownException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.internal.http.RetryAfter;
import io.ikarus.connects.internal.log.Redactor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A vendor's answer to an {@link ApiRequest}: status, headers and the whole body (read up to the
 * connector's {@code maxResponseBytes}). Immutable and thread-safe.
 *
 * <p>The JSON accessors turn a malformed body into a {@link ServerException} naming the connector,
 * operation and status, never a JSON library exception.
 */
public final class ApiResponse {

  private final ApiRequest request;
  private final String connector;
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Instant receivedAt;

  private ApiResponse(
      ApiRequest request,
      String connector,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      Instant receivedAt) {
    this.request = Objects.requireNonNull(request, "request");
    this.connector = connector;
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body == null ? new byte[0] : body;
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Creates a response; the SDK does this for every call. Public so that connector authors can
   * unit-test their parsing and {@link ErrorMapper}s.
   *
   * @param connector the connector's name, for error messages; may be null
   * @param headers header values by name (looked up case-insensitively)
   */
  public static ApiResponse of(
      ApiRequest request,
      String connector,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      Instant receivedAt) {
    return new ApiResponse(request, connector, status, headers, body, receivedAt);
  }

  /** The request this answers. */
  public ApiRequest request() {
    return request;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** True for 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** Every header, by case-insensitive name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of header {@code name}, or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** When the response arrived; the base of a relative {@code Retry-After}. */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The wait the response asks for, or null when absent or unreadable: Dataverse's {@code
   * x-ms-retry-after-ms} (milliseconds), else {@code Retry-After} (delta seconds or an HTTP date; a
   * date in the past gives zero).
   */
  public Duration retryAfter() {
    String millis = header("x-ms-retry-after-ms");
    if (millis != null && !millis.isBlank() && millis.trim().chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofMillis(Long.parseLong(millis.trim()));
      } catch (NumberFormatException tooLong) {
        return RetryAfter.parse(header("Retry-After"), receivedAt);
      }
    }
    return RetryAfter.parse(header("Retry-After"), receivedAt);
  }

  /** The body bytes (empty, never null). The caller must not modify the array. */
  public byte[] body() {
    return body;
  }

  /** The body as text, in the charset of its {@code Content-Type} (UTF-8 by default). */
  public String bodyString() {
    return new String(body, charset());
  }

  /** True when the body is empty. */
  public boolean hasBody() {
    return body.length > 0;
  }

  /**
   * The body parsed as JSON: Map, List, String, BigDecimal / Integer / Long, Boolean, or null for
   * an empty body.
   *
   * @throws ServerException when the body is not valid JSON
   */
  public Object json() {
    if (!hasBody()) {
      return null;
    }
    try {
      return Json.parse(body);
    } catch (IllegalArgumentException e) {
      throw malformed(e);
    }
  }

  /**
   * The body as a JSON object.
   *
   * @throws ServerException when the body is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> jsonObject() {
    Object value = json();
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw malformed(new IllegalArgumentException("expected a JSON object"));
  }

  /**
   * The body bound to {@code type}, such as a vendor DTO record.
   *
   * @throws ServerException when the body is not valid JSON or does not fit {@code type}
   */
  public <T> T json(Class<T> type) {
    try {
      return Json.read(bodyString(), type);
    } catch (IllegalArgumentException e) {
      throw malformed(e);
    }
  }

  /** The error context of this response: connector, operation and status. */
  public ErrorContext errorContext() {
    return new ErrorContext(connector, request.operation(), status, null, null);
  }

  /**
   * The member {@code name} of {@code object}, a part of this response's body that the API
   * promises.
   *
   * @throws MalformedResponseException naming the member when it is missing or null
   */
  public Object required(Map<String, Object> object, String name) {
    Object value = object == null ? null : object.get(name);
    if (value == null) {
      throw malformed(new IllegalArgumentException("the member '" + name + "' is missing"));
    }
    return value;
  }

  /**
   * An unreadable answer: a success to a non-idempotent write (a create) may have been applied, so
   * it is outcome-unknown; anything else is a malformed response.
   */
  private ServerException malformed(IllegalArgumentException e) {
    String detail = "unreadable response body: " + Redactor.text(e.getMessage());
    if (status >= 200 && status < 300 && !request.idempotent()) {
      throw new OutcomeUnknownException(detail, errorContext(), e.getCause());
    }
    return new MalformedResponseException(detail, errorContext(), e.getCause());
  }

  private Charset charset() {
    String type = header("Content-Type");
    if (type != null) {
      int i = type.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (i >= 0) {
        try {
          return Charset.forName(type.substring(i + 8).split(";")[0].trim().replace("\"", ""));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public String toString() {
    return "ApiResponse{" + status + ", " + body.length + " bytes, op=" + request.operation() + '}';
  }
}
