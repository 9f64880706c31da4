package io.ikarus.connects.leads;

import java.time.Instant;

/** A lead source that receives HTTP requests (webhooks). Thread-safe. */
public interface WebhookSource extends LeadSource {

  /**
   * Verifies and reads one request routed to this connector. Never throws for bad input: a bad
   * signature, method or body is a {@link WebhookReceipt#rejected} receipt.
   *
   * @param request the request, with its raw body
   * @param subPath the rest of the path after the connector's id ("" when none), such as the secret
   *     segment of an IndiaMART push URL
   * @param now the pipeline clock's current time (for timestamp tolerance and secret grace)
   */
  WebhookReceipt receive(WebhookRequest request, String subPath, Instant now);
}
