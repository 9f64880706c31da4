package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.leads.Lead;
import io.ikarus.connects.leads.LeadListener;
import io.ikarus.connects.leads.LeadOutcome;
import io.ikarus.connects.leads.LeadSink;
import io.ikarus.connects.leads.internal.Metrics.Count;
import io.ikarus.connects.leads.store.FailedLead;
import io.ikarus.connects.leads.store.RetryQueue;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Delivers leads to the sink; a failure keeps the lead in the retry queue with its reason and the
 * time of the next attempt, so nothing is dropped.
 */
public final class Deliveries {

  private final LeadSink sink;
  private final RetryQueue queue;
  private final Backoff backoff;
  private final Clock clock;
  private final LeadListener listener;
  private final Metrics metrics;

  /** Creates the delivery step. */
  public Deliveries(
      LeadSink sink,
      RetryQueue queue,
      Backoff backoff,
      Clock clock,
      LeadListener listener,
      Metrics metrics) {
    this.sink = sink;
    this.queue = queue;
    this.backoff = backoff;
    this.clock = clock;
    this.listener = listener;
    this.metrics = metrics;
  }

  /** Delivers {@code lead}, which has failed {@code attempts} times before. */
  public CompletableFuture<LeadOutcome> deliver(Lead lead, int attempts) {
    CompletableFuture<String> sent;
    try {
      sent = sink.deliver(lead);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle(
        (targetId, error) ->
            error == null ? delivered(lead, targetId) : failed(lead, attempts + 1, error));
  }

  private LeadOutcome delivered(Lead lead, String targetId) {
    queue.remove(lead.id());
    metrics.inc(lead.connectorId(), Count.DELIVERED);
    listener.delivered(lead, targetId);
    return LeadOutcome.of(LeadOutcome.Status.DELIVERED, lead.id());
  }

  private LeadOutcome failed(Lead lead, int attempts, Throwable error) {
    String reason = reason(error);
    var now = clock.instant();
    queue.put(new FailedLead(lead, reason, attempts, now, backoff.next(attempts, now)));
    metrics.inc(lead.connectorId(), Count.FAILED);
    listener.failed(lead, reason, attempts);
    return LeadOutcome.of(LeadOutcome.Status.QUEUED, lead.id(), reason);
  }

  /** A reason: our exceptions' messages hold no personal data; sinks must keep theirs clean too. */
  static String reason(Throwable error) {
    Throwable e =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (e instanceof CrmException crm) {
      return crm.getMessage();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
