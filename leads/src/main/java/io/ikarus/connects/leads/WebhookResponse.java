package io.ikarus.connects.leads;

import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link WebhookRequest}: status, headers and body, ready for any web framework.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body the body bytes
 */
public record WebhookResponse(int status, Map<String, String> headers, byte[] body) {

  /** Validates and copies. */
  public WebhookResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** A JSON answer. */
  public static WebhookResponse json(int status, Object value) {
    return new WebhookResponse(
        status, Map.of("Content-Type", "application/json"), Json.writeBytes(value));
  }

  /** A plain-text answer. */
  public static WebhookResponse text(int status, String text) {
    return new WebhookResponse(
        status,
        Map.of("Content-Type", "text/plain; charset=utf-8"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "WebhookResponse[" + status + ", bytes=" + body.length + "]";
  }
}
