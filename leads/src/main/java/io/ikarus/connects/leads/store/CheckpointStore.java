package io.ikarus.connects.leads.store;

import java.util.Optional;

/** Where each pull connector's last-sync checkpoint (an opaque string) is kept. Thread-safe. */
public interface CheckpointStore {

  /** The checkpoint of {@code connectorId}, or empty before its first pull. */
  Optional<String> load(String connectorId);

  /** Saves the checkpoint of {@code connectorId}. */
  void save(String connectorId, String checkpoint);
}
