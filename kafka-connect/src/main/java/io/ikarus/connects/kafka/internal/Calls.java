package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.errors.ConnectException;

/** Waits for SDK futures on a Connect task thread, surfacing the SDK's own exception types. */
final class Calls {

  private Calls() {}

  /**
   * The future's value.
   *
   * @throws CrmException the SDK's error, unwrapped; a {@link ConnectionException} (retryable) when
   *     no answer came within {@code timeout}
   * @throws ConnectException for anything else
   */
  static <T> T await(CompletableFuture<T> future, Duration timeout, String operation)
      throws InterruptedException {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof CrmException ce) {
        throw ce;
      }
      throw new ConnectException(operation + " failed: " + cause, cause);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ConnectionException(
          "no answer within " + timeout, ErrorContext.of(null, operation), e);
    }
  }
}
