package io.ikarus.connects.internal.auth;

import io.ikarus.connects.auth.AccessToken;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Holds the current token and at most one token request in flight (single-flight): however many
 * callers find no valid token at once, one fetch runs and all of them receive its outcome.
 *
 * <p>Thread-safe. The lock guards two fields only and is never held while a fetch runs.
 */
public final class TokenCache {

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

  /**
   * Returns the cached token when it is still fresh at {@code now}; otherwise joins the fetch in
   * flight or starts one with {@code fetch}. Each caller gets its own future, so cancelling one
   * does not cancel the others. Failures arrive unwrapped (never a {@link CompletionException}).
   */
  public CompletableFuture<AccessToken> get(Instant now, Supplier<CompletableFuture<Entry>> fetch) {
    CompletableFuture<AccessToken> shared;
    synchronized (lock) {
      if (current != null && (current.refreshAt() == null || now.isBefore(current.refreshAt()))) {
        return CompletableFuture.completedFuture(current.token());
      }
      if (inFlight != null) {
        return inFlight.copy();
      }
      shared = new CompletableFuture<>();
      inFlight = shared;
    }
    start(fetch, shared);
    return shared.copy();
  }

  /**
   * Forgets {@code rejected} if it is still the cached token; does nothing when it was already
   * replaced or forgotten, so that many callers rejecting the same token cause one new fetch.
   */
  public void invalidate(AccessToken rejected) {
    synchronized (lock) {
      if (current != null && current.token().value().equals(rejected.value())) {
        current = null;
      }
    }
  }

  private void start(
      Supplier<CompletableFuture<Entry>> fetch, CompletableFuture<AccessToken> shared) {
    CompletableFuture<Entry> request;
    try {
      request = fetch.get();
    } catch (RuntimeException e) {
      request = CompletableFuture.failedFuture(e);
    }
    request.whenComplete((entry, error) -> settle(shared, entry, error));
  }

  private void settle(CompletableFuture<AccessToken> shared, Entry entry, Throwable error) {
    synchronized (lock) {
      inFlight = null;
      if (error == null) {
        current = entry;
      }
    }
    if (error == null) {
      shared.complete(entry.token());
    } else {
      shared.completeExceptionally(
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error);
    }
  }
}
