package io.ikarus.connects.leads;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link WebhookSource} made of one request: an answer to send as it is (a subscription
 * handshake), a refusal with its reason, or the leads it carries.
 *
 * @param reply the answer to send unchanged; null unless this is a reply
 * @param rejectStatus the HTTP status of a refusal (401 bad signature, 403, 404, 405, 400); 0 when
 *     not refused
 * @param reason why it was refused; null otherwise
 * @param leads the leads carried; empty for a reply or a refusal
 * @param batch true when the sender batches (Meta): the answer is 200 with one result per lead,
 *     whatever each lead's fate, so that one bad lead does not make the sender retry the others
 */
public record WebhookReceipt(
    WebhookResponse reply,
    int rejectStatus,
    String reason,
    List<InboundLead> leads,
    boolean batch) {

  /** Validates and copies. */
  public WebhookReceipt {
    leads = List.copyOf(leads);
  }

  /** Answers with {@code response} and reads no lead (handshakes, acknowledgements). */
  public static WebhookReceipt reply(WebhookResponse response) {
    return new WebhookReceipt(Objects.requireNonNull(response), 0, null, List.of(), false);
  }

  /** Refuses the request with {@code status} and a reason that holds no secret. */
  public static WebhookReceipt rejected(int status, String reason) {
    return new WebhookReceipt(null, status, Objects.requireNonNull(reason), List.of(), false);
  }

  /** One lead, answered with its own status (accepted, duplicate, invalid). */
  public static WebhookReceipt lead(InboundLead lead) {
    return new WebhookReceipt(null, 0, null, List.of(lead), false);
  }

  /** Leads of a batching sender, answered 200 with a result per lead. */
  public static WebhookReceipt batch(List<InboundLead> leads) {
    return new WebhookReceipt(null, 0, null, leads, true);
  }

  /** True when the request was refused. */
  public boolean isRejected() {
    return rejectStatus != 0;
  }
}
