package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.leads.InboundLead;
import io.ikarus.connects.leads.InboundLead.Payload;
import io.ikarus.connects.leads.Lead;
import io.ikarus.connects.leads.LeadListener;
import io.ikarus.connects.leads.LeadOutcome;
import io.ikarus.connects.leads.LeadOutcome.Status;
import io.ikarus.connects.leads.LeadSource;
import io.ikarus.connects.leads.internal.Metrics.Count;
import io.ikarus.connects.leads.store.LeadStores;
import io.ikarus.connects.leads.store.RawPayload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The pipeline after a source has verified a request: claim the event key, load the payload, keep
 * it for audit, map, validate and normalise, deduplicate by external id and then by phone or email
 * within the window, and deliver. Each claim is atomic in the {@link
 * io.ikarus.connects.leads.store.DedupStore}, so concurrent deliveries of one event give one lead.
 */
public final class Intake {

  private final LeadStores stores;
  private final LeadFactory factory = new LeadFactory();
  private final Deliveries deliveries;
  private final Duration window;
  private final Clock clock;
  private final LeadListener listener;
  private final Metrics metrics;

  /** Creates the intake. */
  public Intake(
      LeadStores stores,
      Deliveries deliveries,
      Duration window,
      Clock clock,
      LeadListener listener,
      Metrics metrics) {
    this.stores = stores;
    this.deliveries = deliveries;
    this.window = window;
    this.clock = clock;
    this.listener = listener;
    this.metrics = metrics;
  }

  /** Processes one lead of {@code source}. */
  public CompletableFuture<LeadOutcome> process(LeadSource source, InboundLead in) {
    long start = System.nanoTime();
    String id = UUID.randomUUID().toString();
    String key = in.eventKey();
    Instant now = clock.instant();
    if (key != null) {
      Optional<String> earlier = stores.dedup().claim(source.dedupScope(), key, id, now);
      if (earlier.isPresent()) {
        return CompletableFuture.completedFuture(duplicate(source, earlier.get(), start));
      }
    }
    return load(in)
        .handle(
            (payload, error) ->
                error == null
                    ? accept(source, key, id, payload, now, start)
                    : CompletableFuture.completedFuture(notLoaded(source, key, id, error, start)))
        .thenCompose(f -> f);
  }

  private static CompletableFuture<Payload> load(InboundLead in) {
    try {
      return in.loader().get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private LeadOutcome notLoaded(LeadSource s, String key, String id, Throwable e, long start) {
    release(s, key, id);
    metrics.processed(s.id(), System.nanoTime() - start);
    return LeadOutcome.of(Status.RETRY_LATER, null, Deliveries.reason(e));
  }

  private CompletableFuture<LeadOutcome> accept(
      LeadSource s, String key, String id, Payload p, Instant now, long start) {
    String payloadId = "payload-" + id;
    stores.payloads().save(new RawPayload(payloadId, s.id(), now, p.raw()));
    Lead lead;
    try {
      lead = factory.build(s, p.fields(), id, now, payloadId);
    } catch (ValidationException e) {
      release(s, key, id);
      metrics.inc(s.id(), Count.INVALID);
      metrics.processed(s.id(), System.nanoTime() - start);
      listener.invalid(s.id(), e.getMessage());
      return CompletableFuture.completedFuture(
          new LeadOutcome(Status.INVALID, null, e.getMessage(), e.fieldErrors()));
    }
    Optional<String> earlier = earlier(s, key, lead, now);
    if (earlier.isPresent()) {
      if (key != null) {
        stores.dedup().rebind(s.dedupScope(), key, earlier.get(), now);
      }
      return CompletableFuture.completedFuture(duplicate(s, earlier.get(), start));
    }
    metrics.inc(s.id(), Count.CREATED);
    return deliveries
        .deliver(lead, 0)
        .whenComplete((o, e) -> metrics.processed(s.id(), System.nanoTime() - start));
  }

  private Optional<String> earlier(LeadSource s, String key, Lead lead, Instant now) {
    String ext = lead.externalId();
    if (ext != null && !ext.equals(key)) {
      Optional<String> byId = stores.dedup().claim(s.dedupScope(), ext, lead.id(), now);
      if (byId.isPresent()) {
        return byId;
      }
    }
    Optional<String> byContact =
        stores
            .dedup()
            .claimContact(lead.phoneNumber(), lead.email(), lead.id(), now, now.minus(window));
    if (byContact.isPresent() && ext != null && !ext.equals(key)) {
      stores.dedup().rebind(s.dedupScope(), ext, byContact.get(), now);
    }
    return byContact;
  }

  private LeadOutcome duplicate(LeadSource s, String earlier, long start) {
    metrics.inc(s.id(), Count.DUPLICATE);
    metrics.processed(s.id(), System.nanoTime() - start);
    listener.duplicate(s.id(), earlier);
    return LeadOutcome.of(Status.DUPLICATE, earlier);
  }

  private void release(LeadSource s, String key, String id) {
    if (key != null) {
      stores.dedup().release(s.dedupScope(), key, id);
    }
  }
}
