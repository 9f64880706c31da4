package io.ikarus.connects.leads.internal.store;

import io.ikarus.connects.leads.store.CheckpointStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link CheckpointStore} in memory. */
public final class InMemoryCheckpoints implements CheckpointStore {

  private final Map<String, String> checkpoints = new ConcurrentHashMap<>();

  @Override
  public Optional<String> load(String connectorId) {
    return Optional.ofNullable(checkpoints.get(connectorId));
  }

  @Override
  public void save(String connectorId, String checkpoint) {
    checkpoints.put(connectorId, checkpoint);
  }
}
