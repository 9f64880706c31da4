package io.ikarus.connects.micrometer;

import io.ikarus.connects.event.ConnectorListener;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Turns connector events into meters; tags never carry paths, ids or values. */
final class MeterConnectorListener implements ConnectorListener {

  private final MeterRegistry registry;

  MeterConnectorListener(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void onResponse(ResponseEvent event) {
    Timer.builder(ConnectsMetrics.REQUESTS)
        .description("HTTP requests to a CRM, from send to response")
        .tag("connector", event.connector())
        .tag("operation", event.operation())
        .tag("method", event.method())
        .tag("status", statusClass(event.status()))
        .register(registry)
        .record(event.duration());
  }

  @Override
  public void onRetry(RetryEvent event) {
    registry
        .counter(
            ConnectsMetrics.RETRIES,
            "connector",
            event.connector(),
            "operation",
            event.operation(),
            "error",
            event.failure() == null ? "none" : event.failure().getClass().getSimpleName())
        .increment();
  }

  @Override
  public void onRateLimited(RateLimitedEvent event) {
    Timer.builder(ConnectsMetrics.RATE_LIMITED)
        .description("Waits for a rate-limit permit or after a vendor's rate-limit refusal")
        .tag("connector", event.connector())
        .tag("bucket", event.bucket())
        .tag("by", event.byVendor() ? "vendor" : "client")
        .register(registry)
        .record(event.delay());
  }

  @Override
  public void onTokenRefreshed(TokenRefreshedEvent event) {
    registry.counter(ConnectsMetrics.TOKEN_REFRESHES, "connector", event.connector()).increment();
  }

  /** Batch operations: how many records each carried, and how many of them failed. */
  @Override
  public void onOperationEnd(OperationEndEvent event) {
    if (event.records() < 0) {
      return;
    }
    DistributionSummary.builder(ConnectsMetrics.BATCH_RECORDS)
        .description("Input records per batch operation")
        .baseUnit("records")
        .tag("connector", event.connector())
        .tag("operation", event.operation())
        .tag("outcome", event.outcome())
        .register(registry)
        .record(event.records());
    if (event.failedRecords() > 0) {
      registry
          .counter(
              ConnectsMetrics.BATCH_FAILED_RECORDS,
              "connector",
              event.connector(),
              "operation",
              event.operation())
          .increment(event.failedRecords());
    }
  }

  static String statusClass(int status) {
    return status <= 0 ? "IO_ERROR" : (status / 100) + "xx";
  }
}
