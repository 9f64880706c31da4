package io.ikarus.connects.internal.retry;

import dev.failsafe.ExecutionContext;
import dev.failsafe.RetryPolicy;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.RetryEvent;
import io.ikarus.connects.internal.log.Redactor;
import io.ikarus.connects.resilience.RetrySettings;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Failsafe retry policy of a connector from its {@link RetrySettings}.
 *
 * <p>The delay function is ours because Failsafe's jitter is symmetric around the backoff and is
 * also applied to computed delays: a {@code Retry-After} must be waited out exactly (never less),
 * and between vendor-less retries we want full jitter, uniform in {@code [0, min(maxDelay, base *
 * 2^(n-1))]}, which spreads a thundering herd best.
 */
public final class RetryPolicies {

  private static final Logger LOG = LoggerFactory.getLogger(RetryPolicies.class);

  private RetryPolicies() {}

  /** The policy: retries retryable outcomes, honours Retry-After, fails fast beyond its cap. */
  public static RetryPolicy<Outcome> create(
      String connector, RetrySettings settings, ConnectorListener listener) {
    return RetryPolicy.<Outcome>builder()
        .handleResultIf(Outcome::retryable)
        .abortIf(
            o -> o.retryAfter() != null && o.retryAfter().compareTo(settings.maxRetryAfter()) > 0)
        .withMaxAttempts(settings.maxAttempts())
        .withMaxDuration(settings.maxDuration())
        .withDelayFn(ctx -> delay(ctx, settings))
        .onRetryScheduled(
            e -> {
              Outcome o = e.getLastResult();
              LOG.debug(
                  "[{} {}] attempt {} failed ({}); retrying in {} ms",
                  connector,
                  o.request().operation(),
                  e.getAttemptCount(),
                  Redactor.text(o.error().getMessage()),
                  e.getDelay().toMillis());
              listener.onRetry(
                  new RetryEvent(
                      connector,
                      o.request().operation(),
                      e.getAttemptCount(),
                      e.getDelay(),
                      (CrmException) o.error()));
            })
        .onRetriesExceeded(
            e ->
                LOG.warn(
                    "[{} {}] giving up after {} attempts: {}",
                    connector,
                    e.getResult().request().operation(),
                    e.getAttemptCount(),
                    Redactor.text(e.getResult().error().getMessage())))
        .build();
  }

  static Duration delay(ExecutionContext<Outcome> ctx, RetrySettings settings) {
    Outcome last = ctx.getLastResult();
    if (last != null && last.retryAfter() != null) {
      return last.retryAfter();
    }
    return backoff(Math.max(1, ctx.getAttemptCount()), settings);
  }

  /** The wait after the {@code failures}-th failure: full jitter over the capped exponential. */
  static Duration backoff(int failures, RetrySettings settings) {
    long base = settings.baseDelay().toNanos();
    long cap = settings.maxDelay().toNanos();
    int shift = failures - 1;
    boolean overflows = shift >= Long.numberOfLeadingZeros(base) - 1;
    long ceiling = overflows ? cap : Math.min(cap, base << shift);
    return Duration.ofNanos(
        settings.jitter() ? ThreadLocalRandom.current().nextLong(ceiling + 1) : ceiling);
  }
}
