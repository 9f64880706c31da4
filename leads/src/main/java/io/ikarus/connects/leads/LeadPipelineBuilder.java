package io.ikarus.connects.leads;

import io.ikarus.connects.leads.store.LeadStores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Builds a {@link LeadPipeline}. Not thread-safe. */
public final class LeadPipelineBuilder {

  final Map<String, LeadSource> sources = new LinkedHashMap<>();
  final List<LeadListener> listeners = new ArrayList<>();
  LeadSink sink;
  LeadStores stores = LeadStores.inMemory();
  Clock clock = Clock.systemUTC();
  Duration window = Duration.ofHours(24);
  Duration retention = Duration.ofDays(30);
  Duration retryInitial = Duration.ofSeconds(30);
  Duration retryMax = Duration.ofHours(1);
  int maxAttempts = 10;
  int maxBodyBytes = 1 << 20;
  private final Function<LeadPipelineBuilder, LeadPipeline> factory;

  LeadPipelineBuilder(Function<LeadPipelineBuilder, LeadPipeline> factory) {
    this.factory = factory;
  }

  /** Where leads are delivered (required). */
  public LeadPipelineBuilder sink(LeadSink sink) {
    this.sink = Objects.requireNonNull(sink, "sink");
    return this;
  }

  /**
   * Adds a connector.
   *
   * @throws IllegalArgumentException when a connector with the same id was added
   */
  public LeadPipelineBuilder source(LeadSource source) {
    if (sources.putIfAbsent(source.id(), source) != null) {
      throw new IllegalArgumentException("two lead connectors have the id " + source.id());
    }
    return this;
  }

  /** Where state is kept; default {@link LeadStores#inMemory()}. */
  public LeadPipelineBuilder stores(LeadStores stores) {
    this.stores = Objects.requireNonNull(stores, "stores");
    return this;
  }

  /** The clock for timestamps, windows and retries; default the system UTC clock. */
  public LeadPipelineBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Adds a listener. */
  public LeadPipelineBuilder listener(LeadListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** How long a phone number or email makes later leads duplicates; default 24 hours. */
  public LeadPipelineBuilder dedupWindow(Duration window) {
    this.window = positive(window, "dedupWindow");
    return this;
  }

  /** How long raw payloads are kept; default 30 days. */
  public LeadPipelineBuilder payloadRetention(Duration retention) {
    this.retention = positive(retention, "payloadRetention");
    return this;
  }

  /**
   * Retry schedule of failed deliveries: {@code initial} doubled per attempt up to {@code max}, for
   * {@code maxAttempts} attempts; defaults 30 s, 1 h, 10.
   */
  public LeadPipelineBuilder retryBackoff(Duration initial, Duration max, int maxAttempts) {
    this.retryInitial = positive(initial, "initial");
    this.retryMax = positive(max, "max");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    return this;
  }

  /** Largest webhook body accepted (413 above); default 1 MiB. */
  public LeadPipelineBuilder maxBodyBytes(int maxBodyBytes) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    return this;
  }

  /**
   * Builds the pipeline.
   *
   * @throws IllegalStateException when no sink was set
   */
  public LeadPipeline build() {
    if (sink == null) {
      throw new IllegalStateException("a lead pipeline needs a sink");
    }
    return factory.apply(this);
  }

  private static Duration positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
    }
    return d;
  }
}
