package io.ikarus.connects.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** A lead source read on a schedule or by hand (pull APIs). Thread-safe. */
public interface PullSource extends LeadSource {

  /** How often a scheduled pipeline pulls. */
  Duration pollInterval();

  /**
   * Reads the leads after {@code checkpoint}.
   *
   * @param checkpoint the last saved checkpoint, or null before the first pull
   * @param now the pipeline clock's current time
   * @return a future of the leads and the next checkpoint; completes exceptionally with a {@code
   *     io.ikarus.connects.error.CrmException} (authentication, rate limit, server) when the API
   *     refused the call, in which case the checkpoint stays where it was
   */
  CompletableFuture<PullResult> pull(String checkpoint, Instant now);
}
