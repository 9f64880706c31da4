package io.ikarus.connects.leads;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One lead as a source hands it to the pipeline: an optional event key to deduplicate on before
 * anything else, and its payload, either at hand or fetched on demand (Meta's webhook carries only
 * the lead's id; the lead itself is read from the Graph API once the key is claimed).
 *
 * @param eventKey the source's id for this event or lead (Meta leadgen id, Standard Webhooks'
 *     {@code webhook-id}, IndiaMART UNIQUE_QUERY_ID); null when the payload has none
 * @param loader supplies the payload; called at most once per delivery
 */
public record InboundLead(String eventKey, Supplier<CompletableFuture<Payload>> loader) {

  /**
   * A payload: its fields for the mapping, and the bytes kept for audit.
   *
   * @param fields parsed JSON (maps, lists, scalars)
   * @param raw the bytes as received
   */
  public record Payload(Map<String, Object> fields, byte[] raw) {
    /** Validates. */
    public Payload {
      Objects.requireNonNull(fields, "fields");
      Objects.requireNonNull(raw, "raw");
    }
  }

  /** Validates. */
  public InboundLead {
    Objects.requireNonNull(loader, "loader");
  }

  /** A lead whose payload is at hand. */
  public static InboundLead of(String eventKey, Map<String, Object> fields, byte[] raw) {
    CompletableFuture<Payload> ready = CompletableFuture.completedFuture(new Payload(fields, raw));
    return new InboundLead(eventKey, () -> ready);
  }
}
