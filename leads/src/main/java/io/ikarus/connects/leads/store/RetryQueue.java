package io.ikarus.connects.leads.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Leads whose delivery failed, kept until delivered. Thread-safe. */
public interface RetryQueue {

  /** Adds or replaces the entry of {@code failed.leadId()}. */
  void put(FailedLead failed);

  /** The entry of {@code leadId}, or empty. */
  Optional<FailedLead> find(String leadId);

  /** Up to {@code limit} entries whose next attempt is due at {@code now}, earliest first. */
  List<FailedLead> due(Instant now, int limit);

  /** Every entry, oldest attempt first (including those whose retries are exhausted). */
  List<FailedLead> all();

  /** Removes the entry of {@code leadId} (delivered). */
  void remove(String leadId);
}
