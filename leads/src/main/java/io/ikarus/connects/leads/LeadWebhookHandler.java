package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.Metrics.Count;
import io.ikarus.connects.leads.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The framework-neutral webhook endpoint of a {@link LeadPipeline}: give it the method, path,
 * headers and raw body of a request to {@code /leads/<connector id>[/...]} and send back the
 * response. Status codes: unknown connector 404, bad signature 401, body too large 413, invalid
 * lead (such as a missing phone number) 400, duplicate 200 with the existing lead's id, accepted
 * 200 with the new id (202 when delivery failed and the lead is queued for retry), source API
 * unavailable 503 (the sender retries). Thread-safe.
 */
public final class LeadWebhookHandler {

  /** The path prefix webhooks are routed under. */
  public static final String PREFIX = "/leads/";

  private final LeadPipeline pipeline;
  private final int maxBodyBytes;

  LeadWebhookHandler(LeadPipeline pipeline, int maxBodyBytes) {
    this.pipeline = pipeline;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The largest body accepted, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Handles one request; the future never completes exceptionally. */
  public CompletableFuture<WebhookResponse> handle(WebhookRequest request) {
    String path = request.path();
    if (!path.startsWith(PREFIX)) {
      return done(Outcomes.error(404, "unknown connector"));
    }
    String rest = path.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    String id = slash < 0 ? rest : rest.substring(0, slash);
    String subPath = slash < 0 ? "" : rest.substring(slash + 1);
    if (!(pipeline.source(id).orElse(null) instanceof WebhookSource source)) {
      return done(Outcomes.error(404, "unknown connector"));
    }
    pipeline.metricsCounters().inc(id, Count.RECEIVED);
    pipeline.listener().received(id);
    if (request.body().length > maxBodyBytes) {
      return done(reject(id, 413, "body larger than " + maxBodyBytes + " bytes"));
    }
    WebhookReceipt receipt;
    try {
      receipt = source.receive(request, subPath, pipeline.clock().instant());
    } catch (RuntimeException e) {
      receipt = WebhookReceipt.rejected(400, "unreadable request");
    }
    return answer(source, receipt);
  }

  private CompletableFuture<WebhookResponse> answer(WebhookSource source, WebhookReceipt r) {
    if (r.reply() != null) {
      return done(r.reply());
    }
    if (r.isRejected()) {
      return done(reject(source.id(), r.rejectStatus(), r.reason()));
    }
    pipeline.listener().verified(source.id());
    if (r.leads().isEmpty()) {
      return done(WebhookResponse.json(200, Map.of("status", "ignored")));
    }
    List<LeadOutcome> outcomes = new ArrayList<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (InboundLead lead : r.leads()) {
      chain =
          chain.thenCompose(v -> pipeline.intake().process(source, lead)).thenAccept(outcomes::add);
    }
    return chain
        .thenApply(v -> r.batch() ? Outcomes.batch(outcomes) : Outcomes.single(outcomes.get(0)))
        .exceptionally(e -> Outcomes.error(500, "internal error"));
  }

  private WebhookResponse reject(String id, int status, String reason) {
    pipeline.metricsCounters().inc(id, Count.REJECTED);
    pipeline.listener().rejected(id, reason);
    return Outcomes.error(status, reason);
  }

  private static CompletableFuture<WebhookResponse> done(WebhookResponse response) {
    return CompletableFuture.completedFuture(response);
  }
}
