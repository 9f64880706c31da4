package io.ikarus.connects.leads.internal;

import io.ikarus.connects.leads.InboundLead;
import io.ikarus.connects.leads.LeadListener;
import io.ikarus.connects.leads.LeadOutcome;
import io.ikarus.connects.leads.PullReport;
import io.ikarus.connects.leads.PullResult;
import io.ikarus.connects.leads.PullSource;
import io.ikarus.connects.leads.internal.Metrics.Count;
import io.ikarus.connects.leads.store.CheckpointStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs pulls: one at a time per connector, each lead through the intake in order, and the new
 * checkpoint saved only after every lead of the pull has an outcome (a crash re-reads the window;
 * deduplication absorbs the overlap).
 */
public final class Pulls {

  private final Intake intake;
  private final CheckpointStore checkpoints;
  private final Clock clock;
  private final LeadListener listener;
  private final Metrics metrics;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  /** Creates the runner. */
  public Pulls(
      Intake intake,
      CheckpointStore checkpoints,
      Clock clock,
      LeadListener listener,
      Metrics metrics) {
    this.intake = intake;
    this.checkpoints = checkpoints;
    this.clock = clock;
    this.listener = listener;
    this.metrics = metrics;
  }

  /** Pulls {@code source} once. */
  public CompletableFuture<PullReport> pull(PullSource source) {
    String id = source.id();
    String before = checkpoints.load(id).orElse(null);
    if (!running.add(id)) {
      return CompletableFuture.completedFuture(
          new PullReport(id, "skipped: a pull is already running", List.of(), 0, before));
    }
    CompletableFuture<PullResult> pulled;
    try {
      pulled = source.pull(before, clock.instant());
    } catch (RuntimeException e) {
      pulled = CompletableFuture.failedFuture(e);
    }
    return pulled
        .whenComplete((r, e) -> onPulled(id, r, e))
        .thenCompose(r -> processAll(source, r, before))
        .whenComplete((r, e) -> running.remove(id));
  }

  private void onPulled(String id, PullResult result, Throwable error) {
    if (error != null) {
      metrics.inc(id, Count.REJECTED);
      listener.rejected(id, Deliveries.reason(error));
    } else if (!result.leads().isEmpty()) {
      metrics.add(id, Count.RECEIVED, result.leads().size());
      listener.received(id);
      listener.verified(id);
    }
  }

  private CompletableFuture<PullReport> processAll(PullSource s, PullResult r, String before) {
    List<LeadOutcome> outcomes = new ArrayList<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (InboundLead lead : r.leads()) {
      chain = chain.thenCompose(v -> intake.process(s, lead)).thenAccept(outcomes::add);
    }
    return chain.thenApply(
        v -> {
          String after = r.checkpoint() == null ? before : r.checkpoint();
          if (r.checkpoint() != null) {
            checkpoints.save(s.id(), r.checkpoint());
          }
          return new PullReport(s.id(), r.note(), outcomes, r.skipped(), after);
        });
  }
}
