package io.ikarus.connects.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook request as a lead source sends it: path, headers and the exact body bytes the signature
 * covers. Hand it to a handler in-process, or {@link WebhookSender#post} it.
 *
 * @param path the path (with query) the sender posts to
 * @param headers the headers, signature included
 * @param body the raw body
 */
public record SignedWebhook(String path, Map<String, List<String>> headers, byte[] body) {

  /** Validates. */
  public SignedWebhook {
    Objects.requireNonNull(path, "path");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** This webhook with {@code header} replaced (to forge or drop a signature in a test). */
  public SignedWebhook withHeader(String header, String value) {
    Map<String, List<String>> h = new LinkedHashMap<>(headers);
    h.remove(header);
    if (value != null) {
      h.put(header, List.of(value));
    }
    return new SignedWebhook(path, h, body);
  }
}
