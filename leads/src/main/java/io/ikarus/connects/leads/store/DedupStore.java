package io.ikarus.connects.leads.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Deduplication keys: a source's event or lead id per dedup scope (see {@link
 * io.ikarus.connects.leads.LeadSource#dedupScope()}), and normalised phone numbers and email
 * addresses across all connectors. Every method is atomic, so concurrent deliveries of one event
 * give one lead. Implementations must be thread-safe.
 */
public interface DedupStore {

  /**
   * Claims {@code key} in {@code scope} for {@code leadId}.
   *
   * @return the id of the lead that already holds the key, or empty when this call claimed it
   */
  Optional<String> claim(String scope, String key, String leadId, Instant at);

  /**
   * Points an existing or new claim of {@code key} at {@code leadId} (a lead found a duplicate).
   */
  void rebind(String scope, String key, String leadId, Instant at);

  /** Drops the claim of {@code key} when {@code leadId} holds it (the lead was refused). */
  void release(String scope, String key, String leadId);

  /**
   * Finds a lead that used {@code phone} or {@code email} at or after {@code since}; when there is
   * none, records both for {@code leadId} at {@code at}. Null arguments are skipped.
   *
   * @return the id of the earlier lead, or empty when this lead was recorded
   */
  Optional<String> claimContact(
      String phone, String email, String leadId, Instant at, Instant since);

  /** Forgets contact entries recorded before {@code cutoff}; returns how many went. */
  int purgeContactsBefore(Instant cutoff);
}
