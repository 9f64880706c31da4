package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.internal.connector.CallScope;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.internal.connector.PagePublisher;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Asynchronous building blocks for connectors that drive multi-step vendor jobs (Salesforce Bulk
 * API, Dynamics async operations): a wait that keeps the operation's context, and a demand-driven
 * publisher over any chain of {@link Page}s. Thread-safe.
 */
public final class Async {

  private Async() {}

  /**
   * A future that completes after {@code wait} without holding a thread. Stages chained on it run
   * in the calling operation's context: the calls they make through {@link
   * BaseCrmConnector#execute} count towards its {@code apiCalls} and are cancelled with it; when
   * the operation is cancelled during the wait, the future is cancelled.
   *
   * <pre>{@code
   * Async.delay(Duration.ofSeconds(1)).thenCompose(v -> execute(pollJobState));
   * }</pre>
   */
  public static CompletableFuture<Void> delay(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    CallScope scope = CallScope.current();
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (scope != null) {
      Runnable unregister = scope.onCancel(() -> done.cancel(false));
      done.whenComplete((v, e) -> unregister.run());
    }
    CompletableFuture.delayedExecutor(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)
        .execute(() -> CallScope.run(scope, () -> done.complete(null)));
    return done;
  }

  /**
   * A cold publisher of the records of the pages {@code firstPage} and its {@link Page#next()}
   * chain yield, as {@link io.ikarus.connects.CrmConnector#stream} publishes a query's: each
   * subscription starts afresh, a page is fetched only when the subscriber has requested more
   * records than are buffered (so memory holds about one page), cancelling stops fetching, and a
   * failed fetch ends the stream with {@code onError}.
   */
  public static Flow.Publisher<CrmRecord> publisher(Supplier<CompletableFuture<Page>> firstPage) {
    return new PagePublisher(firstPage);
  }

  /**
   * {@code error} as the SDK's exception, without {@link java.util.concurrent.CompletionException}
   * wrappers: itself when it is a {@link CrmException}, else a non-retryable one naming its type.
   * For a multi-step job that must turn a failed step into a failed record or job.
   */
  public static CrmException crmException(Throwable error, ErrorContext context) {
    return Futures.toCrm(Objects.requireNonNull(error, "error"), context);
  }
}
