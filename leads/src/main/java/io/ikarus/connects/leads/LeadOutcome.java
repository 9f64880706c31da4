package io.ikarus.connects.leads;

import io.ikarus.connects.error.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * What became of one inbound lead.
 *
 * @param status the verdict
 * @param leadId the new lead's id (DELIVERED, QUEUED), the earlier lead's id (DUPLICATE), or null
 * @param reason why it was refused or not delivered yet; null when delivered or duplicate
 * @param fieldErrors every failing field of an INVALID lead; empty otherwise
 */
public record LeadOutcome(
    Status status, String leadId, String reason, List<FieldError> fieldErrors) {

  /** The verdicts. */
  public enum Status {
    /** Delivered to the sink. */
    DELIVERED,
    /** Accepted and kept, but the delivery failed: queued for retry. */
    QUEUED,
    /** The same lead was seen before; {@code leadId} is the earlier one's. */
    DUPLICATE,
    /** Mapping or validation failed; see {@code fieldErrors}. */
    INVALID,
    /** The payload could not be read now (source API down): the sender should retry. */
    RETRY_LATER
  }

  /** Validates and copies. */
  public LeadOutcome {
    Objects.requireNonNull(status, "status");
    fieldErrors = List.copyOf(fieldErrors);
  }

  /** An outcome with no reason and no field errors. */
  public static LeadOutcome of(Status status, String leadId) {
    return new LeadOutcome(status, leadId, null, List.of());
  }

  /** An outcome with a reason. */
  public static LeadOutcome of(Status status, String leadId, String reason) {
    return new LeadOutcome(status, leadId, reason, List.of());
  }

  /** True when the lead was accepted as new (delivered or queued). */
  public boolean isNew() {
    return status == Status.DELIVERED || status == Status.QUEUED;
  }
}
