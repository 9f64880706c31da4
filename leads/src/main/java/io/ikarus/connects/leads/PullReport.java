package io.ikarus.connects.leads;

import java.util.List;

/**
 * What one pull did.
 *
 * @param connectorId the connector pulled
 * @param note what the source said ({@code "no leads in window"}, {@code "skipped: ..."})
 * @param outcomes one outcome per lead read, in order
 * @param skipped records read but not turned into leads
 * @param checkpoint the checkpoint saved after the pull (the old one when unchanged)
 */
public record PullReport(
    String connectorId, String note, List<LeadOutcome> outcomes, int skipped, String checkpoint) {

  /** Validates and copies. */
  public PullReport {
    outcomes = List.copyOf(outcomes);
  }

  /** How many outcomes have {@code status}. */
  public long count(LeadOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
