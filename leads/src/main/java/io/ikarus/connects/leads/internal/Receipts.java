package io.ikarus.connects.leads.internal;

import io.ikarus.connects.leads.InboundLead;
import io.ikarus.connects.leads.WebhookReceipt;
import io.ikarus.connects.leads.WebhookRequest;
import java.util.Map;

/** Receipts shared by the webhook sources. */
public final class Receipts {

  private Receipts() {}

  /** 405 unless the request is a POST; null when it is. */
  public static WebhookReceipt requirePost(WebhookRequest request) {
    return "POST".equals(request.method())
        ? null
        : WebhookReceipt.rejected(405, "method " + request.method() + " not allowed");
  }

  /** One lead from a JSON object body, or 400 when the body is not one. */
  public static WebhookReceipt jsonLead(WebhookRequest request, String eventKey) {
    Map<String, Object> body = Payloads.object(request.body());
    if (body == null) {
      return WebhookReceipt.rejected(400, "body is not a JSON object");
    }
    return WebhookReceipt.lead(InboundLead.of(eventKey, body, request.body()));
  }
}
