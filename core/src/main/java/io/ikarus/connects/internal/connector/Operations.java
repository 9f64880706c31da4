package io.ikarus.connects.internal.connector;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.OperationEndEvent;
import io.ikarus.connects.event.ConnectorListener.OperationStartEvent;
import io.ikarus.connects.internal.log.SafeListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a connector's public operations: each in its own {@link CallScope}, guarded by {@link
 * Futures#guard} (unwrapped errors, cancellation) and announced to the listener with one start and
 * one end event. An operation started while another one's scope is current (a vendor extra called
 * from a hook) runs as part of that operation: in a nested scope, without events of its own.
 * Thread-safe.
 */
public final class Operations {

  private final String connector;
  private final ConnectorListener listener;

  /** Runs the operations of {@code connector}, reporting to {@code listener}. */
  public Operations(String connector, ConnectorListener listener) {
    this.connector = connector;
    this.listener = new SafeListener(listener);
  }

  /**
   * Runs {@code work} as operation {@code name}.
   *
   * @param records the input records of a batch, or -1 when the operation is not a batch
   */
  public <T> CompletableFuture<T> run(
      String name, int records, Supplier<? extends CompletableFuture<T>> work) {
    return run(name, records, scope -> work.get());
  }

  /**
   * Runs {@code work} as operation {@code name}, handing it the operation's scope (a batch counts
   * its calls there).
   *
   * @param records the input records of a batch, or -1 when the operation is not a batch
   */
  public <T> CompletableFuture<T> run(
      String name, int records, Function<CallScope, ? extends CompletableFuture<T>> work) {
    CallScope outer = CallScope.current();
    if (outer != null) {
      CallScope nested = outer.child();
      return Futures.guard(nested, () -> work.apply(nested));
    }
    CallScope scope = CallScope.root();
    long id = scope.operationId();
    listener.onOperationStart(new OperationStartEvent(connector, name, id, records));
    long start = System.nanoTime();
    AtomicBoolean ended = new AtomicBoolean();
    return Futures.guard(
        scope,
        () -> work.apply(scope),
        (value, error) -> {
          if (ended.compareAndSet(false, true)) {
            int failed = records >= 0 && value instanceof BatchResult b ? b.failed().size() : -1;
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            listener.onOperationEnd(
                new OperationEndEvent(
                    connector, name, id, records, failed, scope.calls(), took, error));
          }
        });
  }
}
