package io.ikarus.connects.leads;

import java.util.List;

/**
 * What one pull of a {@link PullSource} returned.
 *
 * @param leads the leads read
 * @param checkpoint the checkpoint to save once these leads are processed; null keeps the old one
 * @param note what happened, for the pull report ({@code "3 leads"}, {@code "no leads in window"},
 *     {@code "skipped: the API allows one call per 5 minutes"})
 * @param skipped records read but not turned into leads (such as IndiaMART catalog views), counted
 */
public record PullResult(List<InboundLead> leads, String checkpoint, String note, int skipped) {

  /** Validates and copies. */
  public PullResult {
    leads = List.copyOf(leads);
  }
}
