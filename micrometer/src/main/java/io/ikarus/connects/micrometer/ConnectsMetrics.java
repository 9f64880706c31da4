package io.ikarus.connects.micrometer;

import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.sync.SyncListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Micrometer meters for Ikarus Connects: requests, latency, retries, rate-limit waits and vendor
 * refusals, token refreshes, and sync outcomes. Meters are tagged by connector, operation and
 * status class only, never by path, id or field value, so their number stays small and no personal
 * data reaches a metrics backend.
 *
 * <pre>{@code
 * MeterRegistry registry = ...;
 * CrmConnector crm = HubSpotConnector.builder()
 *     .auth(BearerTokenAuth.of(token))
 *     .options(ClientOptions.builder()
 *         .listener(ConnectsMetrics.connectorListener(registry))
 *         .build())
 *     .build();
 * SyncJob job = SyncJob.builder()...listener(ConnectsMetrics.syncListener(registry)).build();
 * }</pre>
 *
 * <p>Meters: {@value #REQUESTS} (timer; tags {@code connector, operation, method, status}, where
 * status is {@code 2xx}..{@code 5xx} or {@code IO_ERROR}), {@value #RETRIES} (counter; {@code
 * connector, operation, error}), {@value #RATE_LIMITED} (timer of the wait; {@code connector,
 * bucket, by} = {@code vendor} or {@code client}), {@value #TOKEN_REFRESHES} (counter; {@code
 * connector}), {@value #BATCH_RECORDS} (distribution summary; {@code connector, operation,
 * outcome}), {@value #BATCH_FAILED_RECORDS} (counter; {@code connector, operation}), {@value
 * #SYNC_RUNS} (timer; {@code job, outcome}), {@value #SYNC_RECORDS} (counter; {@code job, side,
 * action} = created, updated or deleted), {@value #SYNC_CONFLICTS} (counter; {@code job, resolved})
 * and {@value #SYNC_FAILURES} (counter; {@code job, side}).
 *
 * <p>The listeners are thread-safe. One connector listener may serve many connectors; use one sync
 * listener per job.
 */
public final class ConnectsMetrics {

  /** Timer of HTTP requests, from send to response. */
  public static final String REQUESTS = "ikarus.connects.requests";

  /** Counter of retried attempts. */
  public static final String RETRIES = "ikarus.connects.retries";

  /** Timer of rate-limit waits, by the SDK's limiter or after a vendor refusal. */
  public static final String RATE_LIMITED = "ikarus.connects.rate.limited";

  /** Counter of access tokens obtained. */
  public static final String TOKEN_REFRESHES = "ikarus.connects.token.refreshes";

  /** Distribution of the input records per batch operation. */
  public static final String BATCH_RECORDS = "ikarus.connects.batch.records";

  /** Counter of batch records that failed (the batch itself succeeded). */
  public static final String BATCH_FAILED_RECORDS = "ikarus.connects.batch.failed.records";

  /** Timer of sync runs. */
  public static final String SYNC_RUNS = "ikarus.connects.sync.runs";

  /** Counter of records a sync run wrote. */
  public static final String SYNC_RECORDS = "ikarus.connects.sync.records";

  /** Counter of conflicts a sync run met. */
  public static final String SYNC_CONFLICTS = "ikarus.connects.sync.conflicts";

  /** Counter of records a sync run failed to write. */
  public static final String SYNC_FAILURES = "ikarus.connects.sync.failures";

  private ConnectsMetrics() {}

  /**
   * A connector listener that records request, retry, rate-limit and token meters in {@code
   * registry}. Pass it to {@code ClientOptions.Builder.listener}.
   */
  public static ConnectorListener connectorListener(MeterRegistry registry) {
    return new MeterConnectorListener(Objects.requireNonNull(registry, "registry"));
  }

  /**
   * A sync listener that records run, record, conflict and failure meters in {@code registry}. Pass
   * it to {@code SyncJob.Builder.listener}; use one per job.
   */
  public static SyncListener syncListener(MeterRegistry registry) {
    return new MeterSyncListener(Objects.requireNonNull(registry, "registry"));
  }
}
