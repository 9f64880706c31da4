package io.ikarus.connects.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.OperationEndEvent;
import io.ikarus.connects.event.ConnectorListener.RateLimitedEvent;
import io.ikarus.connects.event.ConnectorListener.ResponseEvent;
import io.ikarus.connects.event.ConnectorListener.RetryEvent;
import io.ikarus.connects.event.ConnectorListener.TokenRefreshedEvent;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.memory.InMemoryConnector;
import io.ikarus.connects.sync.InMemorySyncStateStore;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectsMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ConnectorListener listener = ConnectsMetrics.connectorListener(registry);

  @Test
  void requestsAreTimedByConnectorOperationAndStatusClass() {
    listener.onResponse(response(201, 40));
    listener.onResponse(response(204, 60));
    listener.onResponse(response(429, 5));
    listener.onResponse(response(0, 30_000));

    Timer ok = requests("2xx");
    assertThat(ok.count()).isEqualTo(2);
    assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(100.0);
    assertThat(requests("4xx").count()).isEqualTo(1);
    assertThat(requests("IO_ERROR").count()).isEqualTo(1);
  }

  @Test
  void tagsNeverCarryThePathWhichMayHoldIdsOrEmails() {
    listener.onResponse(response(200, 1));

    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getTags())
          .noneMatch(tag -> tag.getValue().contains("ada@example.com"))
          .noneMatch(tag -> tag.getKey().equals("path"));
    }
  }

  @Test
  void retriesRateLimitWaitsAndTokenRefreshesAreCounted() {
    RateLimitException failure =
        new RateLimitException(
            "slow down", ErrorContext.of("hubspot", "createAll"), Duration.ofSeconds(2), true);
    listener.onRetry(new RetryEvent("hubspot", "createAll", 1, Duration.ofSeconds(2), failure));
    listener.onRateLimited(
        new RateLimitedEvent("hubspot", "default", Duration.ofMillis(250), false));
    listener.onRateLimited(
        new RateLimitedEvent("hubspot", "TEN_SECONDLY_ROLLING", Duration.ofSeconds(2), true));
    listener.onTokenRefreshed(new TokenRefreshedEvent("hubspot", null));

    assertThat(
            registry
                .get(ConnectsMetrics.RETRIES)
                .tags("connector", "hubspot", "operation", "createAll")
                .tag("error", "RateLimitException")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get(ConnectsMetrics.RATE_LIMITED).tag("by", "client").timer().count())
        .isEqualTo(1);
    Timer vendor = registry.get(ConnectsMetrics.RATE_LIMITED).tag("by", "vendor").timer();
    assertThat(vendor.totalTime(TimeUnit.SECONDS)).isEqualTo(2.0);
    assertThat(registry.get(ConnectsMetrics.TOKEN_REFRESHES).counter().count()).isEqualTo(1.0);
  }

  @Test
  void recordsPerBatchAndFailedRecordsAreMeteredForBatchOperationsOnly() {
    listener.onOperationEnd(
        new OperationEndEvent("hubspot", "createAll", 1, 100, 2, 1, Duration.ofMillis(5), null));
    listener.onOperationEnd(
        new OperationEndEvent("hubspot", "createAll", 2, 40, 0, 1, Duration.ofMillis(5), null));
    listener.onOperationEnd(
        new OperationEndEvent("hubspot", "get", 3, -1, -1, 1, Duration.ofMillis(5), null));

    var summary =
        registry
            .get(ConnectsMetrics.BATCH_RECORDS)
            .tags("connector", "hubspot", "operation", "createAll", "outcome", "success")
            .summary();
    assertThat(summary.count()).isEqualTo(2);
    assertThat(summary.totalAmount()).isEqualTo(140.0);
    assertThat(summary.max()).isEqualTo(100.0);
    assertThat(registry.get(ConnectsMetrics.BATCH_FAILED_RECORDS).counter().count()).isEqualTo(2.0);
    assertThat(registry.find(ConnectsMetrics.BATCH_RECORDS).tag("operation", "get").summary())
        .isNull();
  }

  @Test
  void aSyncRunRecordsItsWritesPerSideAndItsDuration() {
    InMemoryConnector source = InMemoryConnector.builder().name("a").build();
    InMemoryConnector target = InMemoryConnector.builder().name("b").build();
    source
        .createAll("contacts", List.of(Map.of("email", "a@x.io"), Map.of("email", "b@x.io")))
        .join();
    SyncJob job =
        SyncJob.builder()
            .name("contacts")
            .source(source, "contacts")
            .target(target, "Contact")
            .mapping(FieldMapping.builder().map("Email", "email").build())
            .direction(SyncDirection.PUSH)
            .stateStore(new InMemorySyncStateStore())
            .listener(ConnectsMetrics.syncListener(registry))
            .build();

    job.run().join();

    assertThat(
            registry
                .get(ConnectsMetrics.SYNC_RECORDS)
                .tags("job", "contacts", "side", "TARGET", "action", "created")
                .counter()
                .count())
        .isEqualTo(2.0);
    assertThat(
            registry
                .get(ConnectsMetrics.SYNC_RUNS)
                .tags("job", "contacts", "outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
  }

  private Timer requests(String status) {
    return registry
        .get(ConnectsMetrics.REQUESTS)
        .tags("connector", "hubspot", "operation", "create", "method", "POST", "status", status)
        .timer();
  }

  private static ResponseEvent response(int status, long millis) {
    return new ResponseEvent(
        "hubspot",
        "create",
        "POST",
        "/crm/v3/objects/contacts?email=ada@example.com",
        status,
        Duration.ofMillis(millis));
  }
}
