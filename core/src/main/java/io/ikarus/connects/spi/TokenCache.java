package io.ikarus.connects.spi;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.error.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Holds the current token and at most one token request in flight (single-flight): however many
 * callers find no valid token at once, one fetch runs and all of them receive its outcome.
 *
 * <p>When an early refresh (the token is due for renewal but still valid) fails, callers get the
 * cached token instead, until it really expires, and the refresh is tried again after a growing
 * backoff. A refused grant ({@code invalid_grant}) is remembered: later callers fail at once with
 * the same error, without asking the token endpoint again (new credentials make a new provider,
 * with a cache of its own).
 *
 * <p>The cache behind core's OAuth 2.0 providers, for connectors that write their own {@link
 * io.ikarus.connects.auth.AuthProvider}: its {@code token} returns {@code
 * cache.get(context.clock(), () -> fetch(context))} and its {@code invalidate} calls {@link
 * #invalidate}.
 *
 * <p>Thread-safe. The lock guards the fields only and is never held while a fetch runs.
 */
public final class TokenCache {

  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /**
   * A cached token and when to replace it.
   *
   * @param token the token
   * @param refreshAt from when on to fetch a new one, or null to keep it until it is rejected
   */
  public record Entry(AccessToken token, Instant refreshAt) {}

  private final Object lock = new Object();
  private Entry current;
  private CompletableFuture<AccessToken> inFlight;
  private Instant retryAt;
  private int failures;
  private AuthenticationException refused;

  /**
   * Returns the cached token when it is still fresh; otherwise joins the fetch in flight or starts
   * one with {@code fetch} (a still-valid token stands in when that fetch fails). Each caller gets
   * its own future, so cancelling one does not cancel the others. Failures arrive unwrapped (never
   * a {@link CompletionException}).
   */
  public CompletableFuture<AccessToken> get(Clock clock, Supplier<CompletableFuture<Entry>> fetch) {
    Instant now = clock.instant();
    CompletableFuture<AccessToken> shared;
    AccessToken fallback;
    synchronized (lock) {
      if (refused != null) {
        return CompletableFuture.failedFuture(refused);
      }
      if (current != null && (current.refreshAt() == null || now.isBefore(current.refreshAt()))) {
        return CompletableFuture.completedFuture(current.token());
      }
      fallback = current != null && stillValid(current.token(), now) ? current.token() : null;
      if (fallback != null && retryAt != null && now.isBefore(retryAt)) {
        return CompletableFuture.completedFuture(fallback);
      }
      if (inFlight != null) {
        return orStillValid(inFlight, fallback);
      }
      shared = new CompletableFuture<>();
      inFlight = shared;
    }
    start(fetch, shared, clock);
    return orStillValid(shared, fallback);
  }

  /** A copy of {@code shared} that falls back to a still-valid token when the fetch fails. */
  private static CompletableFuture<AccessToken> orStillValid(
      CompletableFuture<AccessToken> shared, AccessToken fallback) {
    if (fallback == null) {
      return shared.copy();
    }
    CompletableFuture<AccessToken> result = new CompletableFuture<>();
    shared.whenComplete((token, error) -> result.complete(error == null ? token : fallback));
    return result;
  }

  /**
   * Forgets {@code rejected} if it is still the cached token; does nothing when it was already
   * replaced or forgotten, so that many callers rejecting the same token cause one new fetch.
   */
  public void invalidate(AccessToken rejected) {
    synchronized (lock) {
      if (current != null && current.token().value().equals(rejected.value())) {
        current = null;
        retryAt = null;
      }
    }
  }

  private static boolean stillValid(AccessToken token, Instant now) {
    return token.expiresAt() == null || now.isBefore(token.expiresAt());
  }

  private void start(
      Supplier<CompletableFuture<Entry>> fetch,
      CompletableFuture<AccessToken> shared,
      Clock clock) {
    CompletableFuture<Entry> request;
    try {
      request = fetch.get();
    } catch (RuntimeException e) {
      request = CompletableFuture.failedFuture(e);
    }
    request.whenComplete((entry, error) -> settle(shared, entry, unwrap(error), clock));
  }

  private void settle(
      CompletableFuture<AccessToken> shared, Entry entry, Throwable error, Clock clock) {
    synchronized (lock) {
      inFlight = null;
      if (error == null) {
        current = entry;
        failures = 0;
        retryAt = null;
      } else {
        failures++;
        retryAt = clock.instant().plus(backoff(failures));
        if (isRefusal(error)) {
          refused = (AuthenticationException) error;
        }
      }
    }
    if (error == null) {
      shared.complete(entry.token());
    } else {
      shared.completeExceptionally(error);
    }
  }

  private static boolean isRefusal(Throwable error) {
    return error instanceof AuthenticationException auth
        && "invalid_grant".equals(auth.vendorCode());
  }

  private static Duration backoff(int failures) {
    Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 10));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
