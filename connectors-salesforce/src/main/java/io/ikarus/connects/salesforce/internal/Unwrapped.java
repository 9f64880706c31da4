package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs the connector's own public extras so that their futures fail with the SDK's exception
 * itself, not a {@link CompletionException} around it, as the operations of {@code
 * BaseCrmConnector} do; an exception thrown while starting the work fails the future too.
 */
public final class Unwrapped {

  private Unwrapped() {}

  /** {@code error} without its {@link CompletionException} wrappers. */
  public static Throwable cause(Throwable error) {
    Throwable t = error;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * {@code error} as the SDK's exception: itself when it is one, else a non-retryable {@link
   * CrmException} naming its type.
   */
  public static CrmException crm(Throwable error, ErrorContext context) {
    Throwable t = cause(error);
    if (t instanceof CrmException c) {
      return c;
    }
    return new CrmException("failed: " + t.getClass().getName(), context, false, t);
  }

  /** Runs {@code work}; see the class comment. */
  public static <T> CompletableFuture<T> of(Supplier<CompletableFuture<T>> work) {
    CompletableFuture<T> source;
    try {
      source = work.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    source.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(cause(error));
          }
        });
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            source.cancel(true);
          }
        });
    return result;
  }
}
