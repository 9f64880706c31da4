package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.salesforce.internal.dto.JobInfo;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.Async;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Polls a Bulk API 2.0 job until it stops changing state, waiting between polls with exponential
 * backoff (doubling from the first interval up to the maximum). Never blocks a thread; the polls
 * count towards the calling operation's API calls and are cancelled with it ({@link Async#delay}).
 */
public final class JobPoller {

  private final ApiCalls calls;
  private final Duration first;
  private final Duration max;
  private final Duration timeout;

  /**
   * Creates a poller.
   *
   * @param first the wait before the first poll
   * @param max the longest wait between polls
   * @param timeout how long a job may take before the poll gives up
   */
  public JobPoller(ApiCalls calls, Duration first, Duration max, Duration timeout) {
    this.calls = calls;
    this.first = first;
    this.max = max;
    this.timeout = timeout;
  }

  /** Polls {@code jobs/<kind>/<id>} until the job is final. */
  public CompletableFuture<JobInfo> await(String kind, String id, String operation) {
    Instant deadline = Instant.now().plus(timeout);
    return poll(kind, id, operation, first, deadline);
  }

  private CompletableFuture<JobInfo> poll(
      String kind, String id, String operation, Duration wait, Instant deadline) {
    return Async.delay(wait)
        .thenCompose(ignored -> calls.execute(get(kind, id, operation)))
        .thenCompose(
            response -> {
              JobInfo job = response.json(JobInfo.class);
              if (job.isFinal()) {
                return CompletableFuture.completedFuture(job);
              }
              if (Instant.now().isAfter(deadline)) {
                throw timedOut(kind, id, operation, job);
              }
              return poll(kind, id, operation, next(wait, max), deadline);
            });
  }

  /** The wait after {@code wait}: doubled, at most {@code max}. */
  static Duration next(Duration wait, Duration max) {
    Duration doubled = wait.multipliedBy(2);
    return doubled.compareTo(max) > 0 ? max : doubled;
  }

  private static ApiRequest get(String kind, String id, String operation) {
    return ApiRequest.get("jobs/" + kind + "/" + id).operation(operation).build();
  }

  private CrmException timedOut(String kind, String id, String operation, JobInfo job) {
    return new CrmException(
        "bulk " + kind + " job " + id + " still " + job.state() + " after " + timeout,
        ErrorContext.of(SalesforceNames.CONNECTOR, operation),
        true,
        null);
  }
}
