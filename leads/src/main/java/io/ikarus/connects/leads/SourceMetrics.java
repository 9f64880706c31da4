package io.ikarus.connects.leads;

import java.time.Duration;

/**
 * Counts of one connector since the pipeline started.
 *
 * @param connectorId the connector
 * @param received requests or pulled records that arrived
 * @param rejected requests refused before reading a lead (signature, path, method)
 * @param invalid leads refused by mapping or validation
 * @param created new leads (delivered or queued)
 * @param duplicates leads found to be duplicates
 * @param delivered deliveries that succeeded (first tries, retries and replays)
 * @param failures deliveries that failed
 * @param processingNanos total time from receipt to outcome, over all leads
 * @param processed leads that got an outcome
 */
public record SourceMetrics(
    String connectorId,
    long received,
    long rejected,
    long invalid,
    long created,
    long duplicates,
    long delivered,
    long failures,
    long processingNanos,
    long processed) {

  /** Duplicates as a share of created plus duplicates; 0 when there were none. */
  public double duplicateRate() {
    long all = created + duplicates;
    return all == 0 ? 0 : (double) duplicates / all;
  }

  /** Mean processing time per lead; zero when none was processed. */
  public Duration averageProcessingTime() {
    return processed == 0 ? Duration.ZERO : Duration.ofNanos(processingNanos / processed);
  }
}
