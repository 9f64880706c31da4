package io.ikarus.connects.leads.internal.store;

import io.ikarus.connects.leads.store.FailedLead;
import io.ikarus.connects.leads.store.RetryQueue;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RetryQueue} in memory. */
public final class InMemoryRetryQueue implements RetryQueue {

  private final Map<String, FailedLead> entries = new ConcurrentHashMap<>();

  @Override
  public void put(FailedLead failed) {
    entries.put(failed.leadId(), failed);
  }

  @Override
  public Optional<FailedLead> find(String leadId) {
    return Optional.ofNullable(entries.get(leadId));
  }

  @Override
  public List<FailedLead> due(Instant now, int limit) {
    return entries.values().stream()
        .filter(f -> f.nextAttemptAt() != null && !f.nextAttemptAt().isAfter(now))
        .sorted(Comparator.comparing(FailedLead::nextAttemptAt))
        .limit(limit)
        .toList();
  }

  @Override
  public List<FailedLead> all() {
    return entries.values().stream()
        .sorted(Comparator.comparing(FailedLead::lastAttemptAt))
        .toList();
  }

  @Override
  public void remove(String leadId) {
    entries.remove(leadId);
  }
}
