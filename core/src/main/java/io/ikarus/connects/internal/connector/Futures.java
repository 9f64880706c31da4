package io.ikarus.connects.internal.connector;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Runs connector hooks so that callers get unwrapped errors and working cancellation. */
public final class Futures {

  private Futures() {}

  /**
   * Runs {@code work} in {@code scope} and returns a future that completes like the hook's future
   * but with its exception unwrapped from {@link CompletionException}; a hook that throws instead
   * of returning a failed future is treated the same way. Cancelling the returned future cancels
   * every HTTP call of the scope.
   */
  public static <T> CompletableFuture<T> guard(
      CallScope scope, Supplier<? extends CompletableFuture<T>> work) {
    CompletableFuture<T> source;
    try {
      source = scope.call(work);
      if (source == null) {
        source = CompletableFuture.failedFuture(new IllegalStateException("hook returned null"));
      }
    } catch (RuntimeException e) {
      source = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<T> from = source;
    from.whenComplete(
        (value, error) -> {
          if (error != null) {
            result.completeExceptionally(unwrap(error));
          } else {
            result.complete(value);
          }
        });
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            scope.cancel();
            from.cancel(true);
          }
        });
    return result;
  }

  /** Strips {@link CompletionException} and {@link ExecutionException} wrappers. */
  public static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The error as a {@link CrmException}: itself, or a non-retryable one wrapping it. */
  public static CrmException toCrm(Throwable thrown, ErrorContext context) {
    Throwable t = unwrap(thrown);
    if (t instanceof CrmException crm) {
      return crm;
    }
    String detail =
        t instanceof CancellationException ? "cancelled" : "failed: " + t.getClass().getName();
    return new CrmException(
        t.getMessage() == null ? detail : detail + ": " + t.getMessage(), context, false, t);
  }
}
