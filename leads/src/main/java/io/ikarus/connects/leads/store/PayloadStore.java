package io.ikarus.connects.leads.store;

import java.time.Instant;
import java.util.Optional;

/** The raw payload audit, with a retention period applied by {@link #purgeBefore}. Thread-safe. */
public interface PayloadStore {

  /** Keeps {@code payload}. */
  void save(RawPayload payload);

  /** The payload with {@code id}, or empty when unknown or purged. */
  Optional<RawPayload> find(String id);

  /** Deletes payloads received before {@code cutoff}; returns how many went. */
  int purgeBefore(Instant cutoff);
}
