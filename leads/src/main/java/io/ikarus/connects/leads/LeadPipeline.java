package io.ikarus.connects.leads;

import static java.util.concurrent.TimeUnit.MINUTES;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.leads.internal.Backoff;
import io.ikarus.connects.leads.internal.Deliveries;
import io.ikarus.connects.leads.internal.Intake;
import io.ikarus.connects.leads.internal.Metrics;
import io.ikarus.connects.leads.internal.Pulls;
import io.ikarus.connects.leads.internal.SafeLeadListener;
import io.ikarus.connects.leads.store.FailedLead;
import io.ikarus.connects.leads.store.LeadStores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Receive -> verify -> map -> validate -> normalise -> deduplicate -> deliver, for any number of
 * lead sources into one {@link LeadSink}. Raw payloads are kept for audit, failed deliveries are
 * kept with their reason, retried with backoff and replayable by hand. Thread-safe.
 *
 * <pre>{@code
 * LeadPipeline leads = LeadPipeline.builder()
 *     .sink(LeadSink.crmUpsert(salesforce, "Lead", "External_Id__c", leadMapping))
 *     .source(MetaLeadAdsSource.builder("meta").appSecret(secret).verifyToken(token)
 *         .pageAccessToken(pageToken).build())
 *     .source(IndiaMartPullSource.builder("indiamart").crmKey(key).build())
 *     .build();
 * LeadHttpServer server = LeadHttpServer.start(leads.webhookHandler(), 8080);
 * leads.schedule(executor);          // pulls, retries and retention on a schedule
 * }</pre>
 */
public final class LeadPipeline {

  private final Map<String, LeadSource> sources;
  private final LeadStores stores;
  private final Clock clock;
  private final Metrics metrics = new Metrics();
  private final LeadListener listener;
  private final Intake intake;
  private final Deliveries deliveries;
  private final Pulls pulls;
  private final Duration window;
  private final Duration retention;
  private final int maxBodyBytes;

  private LeadPipeline(LeadPipelineBuilder b) {
    sources = Map.copyOf(b.sources);
    stores = b.stores;
    clock = b.clock;
    window = b.window;
    retention = b.retention;
    maxBodyBytes = b.maxBodyBytes;
    listener = new SafeLeadListener(b.listeners);
    deliveries =
        new Deliveries(
            b.sink,
            stores.retries(),
            new Backoff(b.retryInitial, b.retryMax, b.maxAttempts),
            clock,
            listener,
            metrics);
    intake = new Intake(stores, deliveries, window, clock, listener, metrics);
    pulls = new Pulls(intake, stores.checkpoints(), clock, listener, metrics);
  }

  /** A builder; a sink is required. */
  public static LeadPipelineBuilder builder() {
    return new LeadPipelineBuilder(LeadPipeline::new);
  }

  /**
   * Processes one lead of connector {@code connectorId} (already verified by its source).
   *
   * @throws NotFoundException when no such connector is configured
   */
  public CompletableFuture<LeadOutcome> submit(String connectorId, InboundLead lead) {
    return intake.process(require(connectorId), lead);
  }

  /** The framework-neutral HTTP handler for every webhook source of this pipeline. */
  public LeadWebhookHandler webhookHandler() {
    return new LeadWebhookHandler(this, maxBodyBytes);
  }

  /**
   * Pulls connector {@code connectorId} now (the manual trigger; scheduled pulls call the same).
   *
   * @return a future of the report; completes exceptionally with the source's error (the checkpoint
   *     is then unchanged)
   * @throws NotFoundException when no pull connector has that id
   */
  public CompletableFuture<PullReport> poll(String connectorId) {
    if (!(require(connectorId) instanceof PullSource pull)) {
      throw new NotFoundException(
          "connector " + connectorId + " is not a pull source", ErrorContext.of("leads", "poll"));
    }
    return pulls.pull(pull);
  }

  /** Retries every failed delivery that is due; completes with how many got delivered. */
  public CompletableFuture<Integer> retryDue() {
    List<FailedLead> due = stores.retries().due(clock.instant(), 1000);
    CompletableFuture<Integer> chain = CompletableFuture.completedFuture(0);
    for (FailedLead f : due) {
      chain =
          chain.thenCompose(
              n ->
                  deliveries
                      .deliver(f.lead(), f.attempts())
                      .thenApply(o -> o.status() == LeadOutcome.Status.DELIVERED ? n + 1 : n));
    }
    return chain;
  }

  /**
   * Delivers a failed lead again now, whatever its retry schedule (also after retries ran out).
   *
   * @throws NotFoundException when no failed lead has {@code leadId}
   */
  public CompletableFuture<LeadOutcome> replay(String leadId) {
    FailedLead f =
        stores
            .retries()
            .find(leadId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "no failed lead " + leadId, ErrorContext.of("leads", "replay")));
    return deliveries.deliver(f.lead(), f.attempts());
  }

  /** The leads whose delivery failed and is not done yet. */
  public List<FailedLead> failed() {
    return stores.retries().all();
  }

  /** Counts per connector id. */
  public Map<String, SourceMetrics> metrics() {
    return metrics.snapshot();
  }

  /**
   * Applies the retention period to raw payloads and the dedup window to contact keys; returns how
   * many entries went.
   */
  public int purgeExpired() {
    var now = clock.instant();
    return stores.payloads().purgeBefore(now.minus(retention))
        + stores.dedup().purgeContactsBefore(now.minus(window));
  }

  /**
   * Runs the pipeline's timed work on {@code executor}: each pull source at its poll interval, due
   * retries every 30 seconds, retention hourly. Errors are reported to listeners and never stop the
   * schedule. Close the returned handle to stop.
   */
  public AutoCloseable schedule(ScheduledExecutorService executor) {
    List<ScheduledFuture<?>> tasks = new ArrayList<>();
    for (LeadSource s : sources.values()) {
      if (s instanceof PullSource p) {
        long every = p.pollInterval().toMillis();
        tasks.add(
            executor.scheduleWithFixedDelay(
                () -> quietly(() -> poll(p.id()).join()), 0, every, TimeUnit.MILLISECONDS));
      }
    }
    tasks.add(
        executor.scheduleWithFixedDelay(() -> quietly(() -> retryDue().join()), 30, 30, SECONDS));
    tasks.add(executor.scheduleWithFixedDelay(() -> quietly(this::purgeExpired), 1, 60, MINUTES));
    return () -> tasks.forEach(t -> t.cancel(false));
  }

  private static void quietly(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      // reported to listeners by the pull and delivery steps; the schedule goes on
    }
  }

  /** The stores. */
  public LeadStores stores() {
    return stores;
  }

  /** The configured connector with {@code id}, or empty. */
  public Optional<LeadSource> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** Every configured connector. */
  public List<LeadSource> sources() {
    return new ArrayList<>(sources.values());
  }

  Metrics metricsCounters() {
    return metrics;
  }

  LeadListener listener() {
    return listener;
  }

  Intake intake() {
    return intake;
  }

  Clock clock() {
    return clock;
  }

  private LeadSource require(String connectorId) {
    LeadSource s = sources.get(connectorId);
    if (s == null) {
      throw new NotFoundException(
          "no lead connector " + connectorId, ErrorContext.of("leads", "lookup"));
    }
    return s;
  }
}
