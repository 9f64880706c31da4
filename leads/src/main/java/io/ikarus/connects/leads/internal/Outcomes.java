package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.leads.LeadOutcome;
import io.ikarus.connects.leads.LeadOutcome.Status;
import io.ikarus.connects.leads.WebhookResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** HTTP answers for lead outcomes. */
public final class Outcomes {

  private Outcomes() {}

  /** The answer for one lead. */
  public static WebhookResponse single(LeadOutcome o) {
    int status =
        switch (o.status()) {
          case DELIVERED, DUPLICATE -> 200;
          case QUEUED -> 202;
          case INVALID -> 400;
          case RETRY_LATER -> 503;
        };
    return WebhookResponse.json(status, body(o));
  }

  /** The answer for a batch: 200 with a result per lead, 503 when one must be sent again. */
  public static WebhookResponse batch(List<LeadOutcome> outcomes) {
    boolean again = outcomes.stream().anyMatch(o -> o.status() == Status.RETRY_LATER);
    return WebhookResponse.json(
        again ? 503 : 200, Map.of("results", outcomes.stream().map(Outcomes::body).toList()));
  }

  /** An error answer {@code {"error": reason}}. */
  public static WebhookResponse error(int status, String reason) {
    return WebhookResponse.json(status, Map.of("error", reason));
  }

  private static Map<String, Object> body(LeadOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "status",
        switch (o.status()) {
          case DELIVERED -> "accepted";
          case QUEUED -> "queued";
          case DUPLICATE -> "duplicate";
          case INVALID -> "invalid";
          case RETRY_LATER -> "retry_later";
        });
    if (o.leadId() != null) {
      m.put("id", o.leadId());
    }
    if (o.reason() != null && o.status() != Status.INVALID) {
      m.put("reason", o.reason());
    }
    if (!o.fieldErrors().isEmpty()) {
      m.put("errors", o.fieldErrors().stream().map(Outcomes::error).toList());
    }
    return m;
  }

  private static Map<String, Object> error(FieldError e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", e.field());
    m.put("code", e.code());
    m.put("message", e.message());
    return m;
  }
}
