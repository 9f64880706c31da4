package io.ikarus.connects.leads.internal;

import io.ikarus.connects.leads.SourceMetrics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/** Per-connector counters behind {@link SourceMetrics}. Thread-safe. */
public final class Metrics {

  /** The counters, in {@link SourceMetrics} component order. */
  public enum Count {
    RECEIVED,
    REJECTED,
    INVALID,
    CREATED,
    DUPLICATE,
    DELIVERED,
    FAILED,
    NANOS,
    PROCESSED
  }

  private final Map<String, AtomicLongArray> counts = new ConcurrentHashMap<>();

  /** Adds {@code n} to a counter of {@code connectorId}. */
  public void add(String connectorId, Count count, long n) {
    counts
        .computeIfAbsent(connectorId, k -> new AtomicLongArray(Count.values().length))
        .addAndGet(count.ordinal(), n);
  }

  /** Adds one to a counter. */
  public void inc(String connectorId, Count count) {
    add(connectorId, count, 1);
  }

  /** Records one lead's outcome after {@code nanos}. */
  public void processed(String connectorId, long nanos) {
    add(connectorId, Count.NANOS, nanos);
    inc(connectorId, Count.PROCESSED);
  }

  /** A snapshot per connector, by connector id. */
  public Map<String, SourceMetrics> snapshot() {
    Map<String, SourceMetrics> out = new TreeMap<>();
    counts.forEach(
        (id, a) ->
            out.put(
                id,
                new SourceMetrics(
                    id, a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6),
                    a.get(7), a.get(8))));
    return out;
  }
}
