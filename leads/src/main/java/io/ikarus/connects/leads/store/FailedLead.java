package io.ikarus.connects.leads.store;

import io.ikarus.connects.leads.Lead;
import java.time.Instant;
import java.util.Objects;

/**
 * A lead whose delivery failed, kept with the reason until a retry or a replay delivers it.
 *
 * @param lead the lead (with its raw payload reference)
 * @param reason why the last attempt failed (no personal data)
 * @param attempts how many deliveries were tried
 * @param lastAttemptAt when the last one was tried
 * @param nextAttemptAt when the next automatic retry is due; null once retries are exhausted (only
 *     a replay by hand delivers it then)
 */
public record FailedLead(
    Lead lead, String reason, int attempts, Instant lastAttemptAt, Instant nextAttemptAt) {

  /** Validates. */
  public FailedLead {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
  }

  /** The failed lead's id. */
  public String leadId() {
    return lead.id();
  }
}
