package io.ikarus.connects.leads.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A payload exactly as received (webhook body, or one record of a pull response), kept for audit
 * and replay. {@link #toString()} leaves out the body, which holds personal data.
 *
 * @param id the payload's id
 * @param connectorId the connector it came through
 * @param receivedAt when it was received
 * @param body the bytes as received
 */
public record RawPayload(String id, String connectorId, Instant receivedAt, byte[] body) {

  /** Validates and copies. */
  public RawPayload {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(connectorId, "connectorId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    body = body.clone();
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawPayload p
        && p.id.equals(id)
        && p.connectorId.equals(connectorId)
        && p.receivedAt.equals(receivedAt)
        && java.util.Arrays.equals(p.body, body);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "RawPayload[id=" + id + ", connector=" + connectorId + ", bytes=" + body.length + "]";
  }
}
