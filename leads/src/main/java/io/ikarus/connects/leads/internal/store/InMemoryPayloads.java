package io.ikarus.connects.leads.internal.store;

import io.ikarus.connects.leads.store.PayloadStore;
import io.ikarus.connects.leads.store.RawPayload;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PayloadStore} in memory. */
public final class InMemoryPayloads implements PayloadStore {

  private final Map<String, RawPayload> payloads = new ConcurrentHashMap<>();

  @Override
  public void save(RawPayload payload) {
    payloads.put(payload.id(), payload);
  }

  @Override
  public Optional<RawPayload> find(String id) {
    return Optional.ofNullable(payloads.get(id));
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    int before = payloads.size();
    payloads.values().removeIf(p -> p.receivedAt().isBefore(cutoff));
    return before - payloads.size();
  }
}
