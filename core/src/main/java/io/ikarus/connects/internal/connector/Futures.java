package io.ikarus.connects.internal.connector;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The one place that guards connector work and unwraps its errors: callers get the SDK's exception
 * itself, never a {@link CompletionException} around it, and cancelling works.
 */
public final class Futures {

  private Futures() {}

  /** {@link #guard(CallScope, Supplier, BiConsumer)} without an end observer. */
  public static <T> CompletableFuture<T> guard(
      CallScope scope, Supplier<? extends CompletableFuture<T>> work) {
    return guard(scope, work, (v, e) -> {});
  }

  /**
   * Runs {@code work} in {@code scope} and returns a future that completes like the work's future
   * but with its exception unwrapped; work that throws instead of returning a failed future is
   * treated the same way. {@code beforeEnd} sees the value or unwrapped error just before the
   * returned future completes (a {@link CancellationException} when the caller cancels it), so
   * whoever joins the future observes its effects. The returned future completes with the enclosing
   * scope current (none for a root), so the caller's own stages are not counted in this scope.
   * Cancelling the returned future cancels every HTTP call of the scope.
   */
  public static <T> CompletableFuture<T> guard(
      CallScope scope,
      Supplier<? extends CompletableFuture<T>> work,
      BiConsumer<? super T, Throwable> beforeEnd) {
    CompletableFuture<T> from = start(scope, work);
    CompletableFuture<T> result = new CompletableFuture<>();
    from.whenComplete(
        (value, error) ->
            CallScope.run(
                scope.parent(),
                () -> {
                  Throwable cause = error == null ? null : unwrap(error);
                  if (result.isDone()) {
                    return;
                  }
                  beforeEnd.accept(value, cause);
                  if (cause != null) {
                    result.completeExceptionally(cause);
                  } else {
                    result.complete(value);
                  }
                }));
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            beforeEnd.accept(null, new CancellationException("cancelled by the caller"));
            scope.cancel();
            from.cancel(true);
          }
        });
    return result;
  }

  private static <T> CompletableFuture<T> start(
      CallScope scope, Supplier<? extends CompletableFuture<T>> work) {
    try {
      CompletableFuture<T> source = scope.call(work);
      return source != null
          ? source
          : CompletableFuture.failedFuture(new IllegalStateException("work returned null"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
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

  /**
   * Waits for {@code future} on the calling thread and returns its value, rethrowing its failure
   * unwrapped (a checked cause wrapped in {@link CompletionException}); an interrupt keeps the
   * thread's interrupt flag and throws {@link CompletionException}.
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException("interrupted while waiting", e);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new CompletionException(cause);
    }
  }
}
