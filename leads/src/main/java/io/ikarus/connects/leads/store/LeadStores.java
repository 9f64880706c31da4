package io.ikarus.connects.leads.store;

import io.ikarus.connects.leads.internal.store.InMemoryCheckpoints;
import io.ikarus.connects.leads.internal.store.InMemoryDedup;
import io.ikarus.connects.leads.internal.store.InMemoryPayloads;
import io.ikarus.connects.leads.internal.store.InMemoryRetryQueue;
import java.util.Objects;

/**
 * The four stores a lead pipeline keeps its state in: deduplication keys, the raw payload audit,
 * the failed/retry queue and pull checkpoints. Each is an interface so that a durable one (JDBC) is
 * a drop-in for the in-memory one.
 *
 * @param dedup deduplication keys
 * @param payloads raw payload audit
 * @param retries failed deliveries
 * @param checkpoints pull checkpoints
 */
public record LeadStores(
    DedupStore dedup, PayloadStore payloads, RetryQueue retries, CheckpointStore checkpoints) {

  /** Validates. */
  public LeadStores {
    Objects.requireNonNull(dedup, "dedup");
    Objects.requireNonNull(payloads, "payloads");
    Objects.requireNonNull(retries, "retries");
    Objects.requireNonNull(checkpoints, "checkpoints");
  }

  /** Stores in memory (lost on restart): for tests, demos and a single short-lived process. */
  public static LeadStores inMemory() {
    return new LeadStores(
        new InMemoryDedup(),
        new InMemoryPayloads(),
        new InMemoryRetryQueue(),
        new InMemoryCheckpoints());
  }
}
