package io.ikarus.connects.leads;

/**
 * Activity of a lead pipeline, for logs, metrics and audit trails. Every method has an empty
 * default; an exception thrown by a listener is logged and ignored. Called on the pipeline's
 * threads, possibly concurrently.
 */
public interface LeadListener {

  /** A request or pull result for {@code connectorId} arrived. */
  default void received(String connectorId) {}

  /** Its signature or secret checked out (or the source needs none). */
  default void verified(String connectorId) {}

  /** It was refused before any lead was read: bad signature, unknown path, wrong method, ... */
  default void rejected(String connectorId, String reason) {}

  /** A lead was refused by mapping or validation. */
  default void invalid(String connectorId, String reason) {}

  /** A lead was a duplicate of {@code existingLeadId}. */
  default void duplicate(String connectorId, String existingLeadId) {}

  /** {@code lead} was delivered; {@code targetId} is its id in the sink (a CRM record id). */
  default void delivered(Lead lead, String targetId) {}

  /** A delivery of {@code lead} failed ({@code attempts} so far); it stays queued for retry. */
  default void failed(Lead lead, String reason, int attempts) {}
}
